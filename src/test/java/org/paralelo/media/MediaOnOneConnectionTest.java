package org.paralelo.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.paralelo.people.AccountService;
import org.paralelo.people.Role;
import org.paralelo.support.As;
import org.paralelo.support.OneConnectionTest;
import org.paralelo.support.People;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An upload inside a caller's transaction (a course import, a package preview) settles when that transaction ends.
 * Settling a rolled-back one asks whether a committed row still uses the bytes; that question must not wait for a
 * second connection while the caller's is still held, or under load it empties the pool (issue 16).
 */
@OneConnectionTest
@Tag("persistence")
class MediaOnOneConnectionTest {

    @Autowired AccountService accounts;
    @Autowired MediaService media;
    @Autowired ContentStore store;
    @Autowired PendingContent pending;
    @Autowired PlatformTransactionManager transactions;

    @Test
    void the_bytes_of_a_rolled_back_upload_are_removed_with_one_free_connection() {
        String trainer = People.created(accounts, "una-conexion-medios", Role.TRAINER);
        byte[] notes = MediaFixtures.text("Borrador de una vista previa " + UUID.randomUUID() + "\n");
        long onDisk = MediaStorageTestSupport.filesUnder(store.root());

        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            As.user(trainer, new String[] {"TRAINER"}, () -> media.store(new ByteArrayInputStream(notes),
                    "borrador.txt", MediaPurpose.ATTACHMENT));
            status.setRollbackOnly();
        });

        assertThat(MediaStorageTestSupport.filesUnder(store.root())).as("files under the media directory")
                .isEqualTo(onDisk);
        assertThat(pending.followed()).as("uploads not settled").isZero();
    }

    @Test
    void the_bytes_of_a_committed_upload_stay_with_one_free_connection() {
        String trainer = People.created(accounts, "una-conexion-medios", Role.TRAINER);
        byte[] notes = MediaFixtures.text("Acta de una importación " + UUID.randomUUID() + "\n");
        long onDisk = MediaStorageTestSupport.filesUnder(store.root());

        StoredMedia stored = new TransactionTemplate(transactions).execute(status -> As.user(trainer,
                new String[] {"TRAINER"}, () -> media.store(new ByteArrayInputStream(notes), "acta.txt",
                        MediaPurpose.ATTACHMENT)));

        assertThat(MediaStorageTestSupport.filesUnder(store.root())).as("files under the media directory")
                .isEqualTo(onDisk + 1);
        assertThat(pending.followed()).as("uploads not settled").isZero();
        assertThat(As.user(trainer, new String[] {"TRAINER"}, () -> media.find(stored.id()))).isPresent();
    }
}
