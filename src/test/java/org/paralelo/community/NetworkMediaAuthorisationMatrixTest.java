package org.paralelo.community;

import static org.assertj.core.api.Assertions.assertThat;
import static org.paralelo.community.NetworkImages.stream;

import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.paralelo.base.UserFacingException;
import org.paralelo.media.MediaId;
import org.paralelo.media.MediaPurpose;
import org.paralelo.media.MediaService;
import org.paralelo.support.As;
import org.paralelo.support.ParaleloSpringTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

/**
 * Who may download a post's files and a member's avatar × role: a post's file follows the post (a course space's
 * files only for its members, a hidden post's files only for moderators and whoever uploaded them); an avatar is
 * for every member while its owner's profile is published, else for its owner and admins only.
 */
@ParaleloSpringTest
class NetworkMediaAuthorisationMatrixTest {

    @Autowired ApplicationContext application;
    @Autowired ThreadService threads;
    @Autowired ModerationService moderation;
    @Autowired MediaService media;
    @Autowired AvatarService avatars;
    @Autowired NetworkProfileService profiles;

    SpaceFixture f;

    @BeforeEach
    void fixture() {
        f = SpaceFixture.in(application);
    }

    /** Posts a reply by the other member with an attachment in the given space; hides it when asked. */
    private MediaId attachmentIn(String space, boolean hidden) {
        SpaceId where = "course".equals(space) ? f.courseSpace : f.category;
        ThreadId thread = As.user(f.member, SpaceFixture.LEARNER, () -> threads.open(new NewThread(where,
                ThreadKind.DISCUSSION, "Con archivo", "Texto")));
        MediaId file = As.user(f.otherMember, SpaceFixture.LEARNER, () -> media.store(stream(NetworkImages.pdf()),
                "acta.pdf", MediaPurpose.CONTRIBUTION)).id();
        PostId reply = As.user(f.otherMember, SpaceFixture.LEARNER, () -> threads.reply(new NewReply(thread,
                "Va el acta", null, null, List.of(file))));
        if (hidden) {
            As.user(f.admin, SpaceFixture.ADMIN, () -> moderation.hide(reply, "Datos personales"));
        }
        return file;
    }

    @ParameterizedTest(name = "{0} post in {1}: {2} may download its attachment: {3}")
    @CsvSource({
            "visible, category, anonymous, false",
            "visible, category, outsider, true",
            "visible, category, member, true",
            "visible, course, anonymous, false",
            "visible, course, outsider, false",
            "visible, course, member, true",
            "visible, course, uploader, true",
            "visible, course, trainer, true",
            "visible, course, otherTrainer, false",
            "visible, course, admin, true",
            "hidden, course, member, false",
            "hidden, course, uploader, true",
            "hidden, course, trainer, true",
            "hidden, category, outsider, false",
            "hidden, category, admin, true",
    })
    void a_posts_attachment_follows_the_post(String state, String space, String who, boolean expected) {
        MediaId file = attachmentIn(space, "hidden".equals(state));
        assertThat(allowed(who, () -> media.open(file))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "profile published {0}: {1} may download the avatar: {2}")
    @CsvSource({
            "false, owner, true",
            "false, member, false",
            "false, trainer, false",
            "false, anonymous, false",
            "false, admin, true",
            "true, owner, true",
            "true, member, true",
            "true, trainer, true",
            "true, anonymous, false",
    })
    void an_avatar_is_readable_only_while_the_profile_is_published(boolean published, String who, boolean expected) {
        String path = As.user(f.outsider, SpaceFixture.LEARNER, () -> avatars.replaceMine(
                stream(NetworkImages.png(64, 64)), "yo.png"));
        if (published) {
            As.user(f.outsider, SpaceFixture.LEARNER, () -> profiles.saveMine(new NetworkProfileDraft(true, null,
                    null, null, null, null), profiles.mine().version()));
        }
        MediaId avatar = new MediaId(Long.parseLong(path.split("/")[2]));
        String whoIs = "owner".equals(who) ? "outsider" : who;
        assertThat(allowed(whoIs, () -> media.open(avatar))).isEqualTo(expected);
    }

    private boolean allowed(String who, Supplier<Object> work) {
        try {
            switch (who) {
                case "anonymous" -> As.anonymous(work);
                case "outsider" -> As.user(f.outsider, SpaceFixture.LEARNER, work);
                case "member" -> As.user(f.member, SpaceFixture.LEARNER, work);
                case "uploader" -> As.user(f.otherMember, SpaceFixture.LEARNER, work);
                case "trainer" -> As.user(f.trainer, SpaceFixture.TRAINER, work);
                case "otherTrainer" -> As.user(f.otherTrainer, SpaceFixture.TRAINER, work);
                case "admin" -> As.user(f.admin, SpaceFixture.ADMIN, work);
                default -> throw new IllegalArgumentException(who);
            }
            return true;
        } catch (UserFacingException | AccessDeniedException | AuthenticationCredentialsNotFoundException refused) {
            return false;
        }
    }
}
