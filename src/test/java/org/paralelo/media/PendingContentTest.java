package org.paralelo.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Who may delete shared bytes after a rollback: the last upload of them to settle, if no row uses them. */
class PendingContentTest {

    private static final String SHA = "a".repeat(64);

    private final PendingContent pending = new PendingContent();
    private final List<String> deleted = new ArrayList<>();

    @Test
    void a_committed_upload_keeps_its_bytes_and_is_forgotten() throws IOException {
        pending.place(SHA, () -> { });

        pending.settle(SHA, false, sha -> true, deleted::add);

        assertThat(deleted).isEmpty();
        assertThat(pending.followed()).isZero();
    }

    @Test
    void the_only_upload_rolling_back_deletes_bytes_no_row_uses() throws IOException {
        pending.place(SHA, () -> { });

        pending.settle(SHA, true, sha -> false, deleted::add);

        assertThat(deleted).containsExactly(SHA);
        assertThat(pending.followed()).isZero();
    }

    @Test
    void bytes_a_committed_row_uses_survive_a_rollback() throws IOException {
        pending.place(SHA, () -> { });

        pending.settle(SHA, true, sha -> true, deleted::add);

        assertThat(deleted).isEmpty();
        assertThat(pending.followed()).isZero();
    }

    @Test
    void a_rollback_while_another_upload_of_the_same_bytes_is_open_deletes_nothing() throws IOException {
        pending.place(SHA, () -> { });
        pending.place(SHA, () -> { });

        pending.settle(SHA, true, sha -> false, deleted::add);
        assertThat(deleted).isEmpty();
        pending.settle(SHA, false, sha -> true, deleted::add);

        assertThat(deleted).isEmpty();
        assertThat(pending.followed()).isZero();
    }

    @Test
    void bytes_placed_again_while_a_rollback_asks_the_database_are_left_to_the_new_upload() throws IOException {
        pending.place(SHA, () -> { });

        pending.settle(SHA, true, sha -> {
            placeAgain();
            return false;
        }, deleted::add);
        assertThat(deleted).isEmpty();
        pending.settle(SHA, true, sha -> false, deleted::add);

        assertThat(deleted).containsExactly(SHA);
        assertThat(pending.followed()).isZero();
    }

    @Test
    void a_placement_that_fails_is_not_counted() {
        try {
            pending.place(SHA, () -> {
                throw new IOException("disk full");
            });
        } catch (IOException expected) {
            // the upload fails; nothing was placed
        }

        assertThat(pending.followed()).isZero();
    }

    private void placeAgain() {
        try {
            pending.place(SHA, () -> { });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
