package org.paralelo.community;

import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.paralelo.people.AccountService;
import org.paralelo.people.PersonId;
import org.paralelo.support.As;
import org.paralelo.support.ParaleloSpringTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Spaces, threads and replies × read / post / edit / moderate × role: anonymous, a learner of no course, a
 * learner enrolled in the course, the course's trainer, a trainer of another course, a network moderator and an
 * admin; in a network-wide category and in the course's space. Each cell runs the real service call.
 */
@ParaleloSpringTest
class SpaceAuthorisationMatrixTest {

    @Autowired AccountService accounts;
    @Autowired ApplicationContext application;
    @Autowired ThreadService threads;
    @Autowired ModerationService moderation;

    SpaceFixture f;
    String networkModerator;
    ThreadId categoryThread;
    ThreadId courseThread;
    PostId categoryReply;
    PostId courseReply;

    @BeforeEach
    void aThreadInEachKindOfSpace() {
        f = SpaceFixture.in(application);
        networkModerator = SpaceFixture.freshLearner(accounts);
        As.user(f.admin, SpaceFixture.ADMIN, () -> moderation.nameNetworkModerator(accounts(networkModerator),
                "Coordina"));
        categoryThread = As.user(f.member, SpaceFixture.LEARNER, () -> threads.open(new NewThread(f.category,
                ThreadKind.DISCUSSION, "En la Red", "Texto")));
        courseThread = As.user(f.member, SpaceFixture.LEARNER, () -> threads.open(new NewThread(f.courseSpace,
                ThreadKind.DISCUSSION, "En el curso", "Texto")));
        categoryReply = As.user(f.otherMember, SpaceFixture.LEARNER, () -> threads.reply(new NewReply(categoryThread,
                "Respuesta", null, null)));
        courseReply = As.user(f.otherMember, SpaceFixture.LEARNER, () -> threads.reply(new NewReply(courseThread,
                "Respuesta", null, null)));
    }

    private PersonId accounts(String username) {
        return As.admin(() -> accounts.idOf(username)).orElseThrow();
    }

    @ParameterizedTest(name = "{0} in {1}: read {2}, post {3}, edit {4}, moderate {5}")
    @CsvSource({
        "anonymous,      category, false, false, false, false",
        "outsider,       category, true,  true,  false, false",
        "member,         category, true,  true,  false, false",
        "trainer,        category, true,  true,  false, false",
        "other-trainer,  category, true,  true,  false, false",
        "net-moderator,  category, true,  true,  true,  true",
        "admin,          category, true,  true,  true,  true",
        "anonymous,      course,   false, false, false, false",
        "outsider,       course,   false, false, false, false",
        "member,         course,   true,  true,  false, false",
        "trainer,        course,   true,  true,  true,  true",
        "other-trainer,  course,   false, false, false, false",
        "net-moderator,  course,   false, false, false, false",
        "admin,          course,   true,  true,  true,  true",
    })
    void each_role_may_do_exactly_what_the_matrix_says(String role, String where, boolean read, boolean post,
                                                      boolean edit, boolean moderate) {
        boolean course = where.equals("course");
        SpaceId space = course ? f.courseSpace : f.category;
        ThreadId thread = course ? courseThread : categoryThread;
        PostId reply = course ? courseReply : categoryReply;
        new SpaceMatrix(threads, moderation, f.admin, space, thread, reply)
                .check(action -> allowed(role, action), read, post, edit, moderate);
    }

    private boolean allowed(String role, Supplier<?> action) {
        return SpaceMatrix.permitted(role, () -> switch (role) {
            case "anonymous" -> As.anonymous(action);
            case "outsider" -> As.user(f.outsider, SpaceFixture.LEARNER, action);
            case "member" -> As.user(f.member, SpaceFixture.LEARNER, action);
            case "trainer" -> As.user(f.trainer, SpaceFixture.TRAINER, action);
            case "other-trainer" -> As.user(f.otherTrainer, SpaceFixture.TRAINER, action);
            case "net-moderator" -> As.user(networkModerator, SpaceFixture.LEARNER, action);
            case "admin" -> As.user(f.admin, SpaceFixture.ADMIN, action);
            default -> throw new IllegalArgumentException(role);
        });
    }
}
