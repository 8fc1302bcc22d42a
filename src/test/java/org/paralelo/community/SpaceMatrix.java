package org.paralelo.community;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.Function;
import java.util.function.Supplier;
import org.paralelo.base.UserFacingException;
import org.paralelo.support.As;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

/**
 * One row of a space's authorisation matrix: list, read and reply; open a thread; mark useful and follow (writing,
 * so not for a read-only reader); edit someone else's reply; pin and hide — each through the real service call, as whoever {@code allowed} signs in.
 */
record SpaceMatrix(ThreadService threads, ModerationService moderation, String admin, SpaceId space, ThreadId thread,
                   PostId reply) {

    void check(Function<Supplier<?>, Boolean> allowed, boolean read, boolean post, boolean edit, boolean moderate) {
        assertThat(allowed.apply(() -> threads.threads(space, 0, 10))).as("list threads").isEqualTo(read);
        assertThat(allowed.apply(() -> threads.thread(thread))).as("read thread").isEqualTo(read);
        assertThat(allowed.apply(() -> threads.replies(thread, 1, 10))).as("read replies").isEqualTo(read);
        assertThat(allowed.apply(() -> threads.reply(new NewReply(thread, "Hola", null, null)))).as("reply")
                .isEqualTo(post);
        assertThat(allowed.apply(() -> threads.open(new NewThread(space, ThreadKind.DISCUSSION, "Nuevo", "x"))))
                .as("open thread").isEqualTo(post);
        assertThat(allowed.apply(() -> {
            threads.markUseful(reply, false);
            return null;
        })).as("take back a \"useful\"").isEqualTo(post);
        assertThat(allowed.apply(() -> {
            threads.follow(thread, true);
            return null;
        })).as("follow the thread").isEqualTo(post);
        assertThat(allowed.apply(() -> {
            PostView seen = As.user(admin, SpaceFixture.ADMIN, () -> threads.replies(thread, 1, 1)).getFirst();
            threads.edit(reply, "Editado", seen.version());
            return null;
        })).as("edit someone else's reply").isEqualTo(edit);
        assertThat(allowed.apply(() -> {
            threads.setPinned(thread, true);
            return null;
        })).as("pin").isEqualTo(moderate);
        assertThat(allowed.apply(() -> {
            moderation.hide(reply, "Motivo");
            return null;
        })).as("hide").isEqualTo(moderate);
    }

    /** Whether the call went through; a refusal for a reason other than access means the matrix is wrong. */
    static boolean permitted(String role, Supplier<?> signedInCall) {
        try {
            signedInCall.get();
            return true;
        } catch (AccessDeniedException | AuthenticationCredentialsNotFoundException denied) {
            return false;
        } catch (UserFacingException refused) {
            throw new AssertionError(role + " was let in but refused: " + refused, refused);
        }
    }
}
