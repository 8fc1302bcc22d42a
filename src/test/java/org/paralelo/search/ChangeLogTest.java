package org.paralelo.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.paralelo.courses.CourseAuthoringService;
import org.paralelo.courses.CourseId;
import org.paralelo.courses.PublishingService;
import org.paralelo.people.AccountService;
import org.paralelo.people.Role;
import org.paralelo.support.As;
import org.paralelo.support.Courses;
import org.paralelo.support.InMexicoCity;
import org.paralelo.support.ParaleloSpringTest;
import org.paralelo.support.People;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The search change log: written with the change, applied by polling, pruned, and a pruned node rebuilds. */
@ParaleloSpringTest
@Tag("persistence")
class ChangeLogTest {

    @Autowired
    ChangeLog changes;
    @Autowired
    ChangeFollower follower;
    @Autowired
    CourseIndexer indexer;
    @Autowired
    LuceneIndex index;
    @Autowired
    AccountService accounts;
    @Autowired
    CourseAuthoringService authoring;
    @Autowired
    PublishingService publishing;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void an_entry_written_while_the_jvm_is_in_mexico_city_is_dated_in_utc_as_pruning_compares() {
        Instant before = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        long id = InMexicoCity.call(transactions, jdbc, () -> {
            // A group no post has: applying it removes nothing.
            changes.record(ChangeLog.Kind.SOURCE, "community-post:0");
            return jdbc.queryForObject("select max(id) from search_change where ref = 'community-post:0'",
                    Long.class);
        });
        Instant after = Instant.now();
        LocalDateTime stored = InMexicoCity.stored(jdbc, "select created_at from search_change where id = ?", id);
        assertThat(stored.toInstant(ZoneOffset.UTC)).isBetween(before, after);
    }

    @Test
    void publishing_a_course_writes_an_entry_that_this_node_applies() {
        String trainer = trainer();
        long before = changes.latest();
        CourseId course = Courses.withOneLesson(authoring, trainer, "Curso del registro de cambios");
        As.user(trainer, Courses.TRAINER, () -> publishing.publish(course));

        List<ChangeLog.Change> written = changes.after(before, 1000);
        assertThat(written).extracting(ChangeLog.Change::kind, ChangeLog.Change::ref)
                .contains(tuple(ChangeLog.Kind.COURSE, Long.toString(course.value())));
        follower.awaitIdle();
        assertThat(index.changePosition()).isGreaterThanOrEqualTo(written.getLast().id());
    }

    @Test
    void a_change_rolled_back_leaves_no_entry() {
        String trainer = trainer();
        long before = changes.latest();
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            As.user(trainer, Courses.TRAINER, () -> authoring.createCourse(Courses.details("Curso que no fue")));
            status.setRollbackOnly();
        });
        assertThat(changes.after(before, 1000)).isEmpty();
    }

    @Test
    void an_entry_another_node_wrote_is_applied_by_polling_without_a_local_wake_up() throws Exception {
        String trainer = trainer();
        CourseId course = Courses.withOneLesson(authoring, trainer, "Curso de otro nodo");
        follower.awaitIdle();
        // As another node writes it: straight into the table, no signal to this node.
        jdbc.update("insert into search_change (kind, ref) values ('COURSE', ?)", Long.toString(course.value()));
        long id = changes.latest();
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (index.changePosition() < id && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(index.changePosition()).isGreaterThanOrEqualTo(id);
    }

    @Test
    void a_node_whose_position_was_pruned_away_rebuilds_its_index() throws Exception {
        String trainer = trainer();
        CourseId course = Courses.withOneLesson(authoring, trainer, "Curso del ornitorrinco podado");
        As.user(trainer, Courses.TRAINER, () -> publishing.publish(course));
        follower.awaitIdle();
        long id;
        // Holding the follower keeps it from applying the entry before it is pruned (as if this node were down).
        synchronized (follower) {
            jdbc.update("insert into search_change (kind, ref) values ('COURSE', ?)", Long.toString(course.value()));
            id = changes.latest();
            assertThat(changes.prune(Instant.now().plus(Duration.ofMinutes(1)))).isPositive();
            assertThat(changes.prunedThrough()).isGreaterThanOrEqualTo(id);
            assertThat(changes.after(0, 10)).isEmpty();
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while ((index.changePosition() < id || indexer.progress().running()) && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(index.changePosition()).as("rebuilt up to the pruned entry").isGreaterThanOrEqualTo(id);
        assertThat(indexer.progress().problem()).isEmpty();
        assertThat(publishedDocuments(course)).as("the rebuilt index holds the course").isPositive();
    }

    @Test
    void an_applied_entry_is_searchable_as_soon_as_its_apply_completes() throws Exception {
        String trainer = trainer();
        CourseId course = Courses.withOneLesson(authoring, trainer, "Curso visible al aplicarse");
        As.user(trainer, Courses.TRAINER, () -> publishing.publish(course));
        follower.awaitIdle();
        // Taken out of the index and out of sight, as before the entry reached this node.
        index.deleteGroup(IndexDoc.group(course.value(), Fields.PUBLISHED));
        index.refreshNow();
        assertThat(publishedDocuments(course)).isZero();

        indexer.apply(List.of(new ChangeLog.Change(0, ChangeLog.Kind.COURSE, Long.toString(course.value())))).get();
        assertThat(publishedDocuments(course)).as("searchable without waiting for the reopen thread").isPositive();
    }

    private int publishedDocuments(CourseId course) {
        return index.search(s -> {
            try {
                return s.count(new TermQuery(new Term(Fields.GROUP, IndexDoc.group(course.value(), Fields.PUBLISHED))));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private String trainer() {
        String trainer = People.uniqueUsername("cambios");
        People.create(accounts, trainer, Role.TRAINER);
        return trainer;
    }
}
