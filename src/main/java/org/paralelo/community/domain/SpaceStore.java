package org.paralelo.community.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** Spaces: the network-wide categories (seeded by the migration, admin-managed), one space per course and per run. */
@Repository
public class SpaceStore {

    private static final String COLUMNS = "id, kind, course_id, slug, name_es, name_en, description_es, "
            + "description_en, sort_order, archived, thread_count, last_post_at, version, run_id";

    private final JdbcClient jdbc;

    SpaceStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<SpaceRow> categories(boolean withArchived) {
        return jdbc.sql("select " + COLUMNS + " from community_space where kind = 'CATEGORY'"
                        + (withArchived ? "" : " and archived = false") + " order by sort_order, name_es")
                .query(SpaceStore::row).list();
    }

    public Optional<SpaceRow> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from community_space where id = ?").param(id)
                .query(SpaceStore::row).optional();
    }

    public List<SpaceRow> forCourses(Collection<Long> courseIds) {
        return ownedBy("course_id", courseIds);
    }

    public List<SpaceRow> forRuns(Collection<Long> runIds) {
        return ownedBy("run_id", runIds);
    }

    private List<SpaceRow> ownedBy(String ownerColumn, Collection<Long> owners) {
        if (owners.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select " + COLUMNS + " from community_space where " + ownerColumn
                        + " in (:ids) order by name_es").param("ids", owners).query(SpaceStore::row).list();
    }

    public List<SpaceRow> allCourseSpaces() {
        return jdbc.sql("select " + COLUMNS + " from community_space where kind = 'COURSE'").query(SpaceStore::row)
                .list();
    }

    /** The course's space, made the first time anyone needs it (see {@link #renameOwnedBy} for its name). */
    public SpaceRow forCourse(long courseId, String title) {
        return ownedSpace(Owner.COURSE, courseId, title);
    }

    /** The run's space, made the first time anyone needs it (see {@link #renameOwnedBy} for its name). */
    public SpaceRow forRun(long runId, String name) {
        return ownedSpace(Owner.RUN, runId, name);
    }

    /** What owns a space other than a category (the name is the space's kind), and the column naming it. */
    public enum Owner {
        COURSE("course_id"), RUN("run_id");

        private final String column;

        Owner(String column) {
            this.column = column;
        }
    }

    /**
     * Gives the space of this course or run, if it has one, the owner's current name (both languages: a course
     * title or a run name is not translated); the space's id when its name changed, so its posts can be re-indexed.
     */
    public Optional<Long> renameOwnedBy(Owner owner, long ownerId, String name) {
        return findBy(owner.column, ownerId).filter(space -> !space.nameEs().equals(name)
                || !space.nameEn().equals(name)).map(space -> {
                    jdbc.sql("update community_space set name_es = ?, name_en = ? where id = ?")
                            .param(name).param(name).param(space.id()).update();
                    return space.id();
                });
    }

    /** A space owned by a course or a run; a concurrent first use finds the other's row. */
    private SpaceRow ownedSpace(Owner owner, long ownerId, String name) {
        Optional<SpaceRow> found = findBy(owner.column, ownerId);
        if (found.isPresent()) {
            return found.get();
        }
        try {
            jdbc.sql("insert into community_space (kind, " + owner.column + ", name_es, name_en, description_es, "
                    + "description_en, sort_order, archived, thread_count, version) "
                    + "values (?, ?, ?, ?, '', '', 0, false, 0, 0)")
                    .param(owner.name()).param(ownerId).param(name).param(name).update();
        } catch (DuplicateKeyException madeMeanwhile) {
            // Someone else opened the space first; theirs is as good.
        }
        return findBy(owner.column, ownerId).orElseThrow();
    }

    private Optional<SpaceRow> findBy(String ownerColumn, long owner) {
        return jdbc.sql("select " + COLUMNS + " from community_space where " + ownerColumn + " = ?").param(owner)
                .query(SpaceStore::row).optional();
    }

    public boolean slugTaken(String slug, long exceptId) {
        return jdbc.sql("select count(*) from community_space where slug = ? and id <> ?").param(slug).param(exceptId)
                .query(Long.class).single() > 0;
    }

    /** Whether another category has this name (case and surrounding spaces ignored) in the given column. */
    public boolean categoryNameTaken(String column, String name, long exceptId) {
        String safe = "name_en".equals(column) ? "name_en" : "name_es";
        return jdbc.sql("select count(*) from community_space where kind = 'CATEGORY' and lower(" + safe
                        + ") = lower(?) and id <> ?").param(name.strip()).param(exceptId)
                .query(Long.class).single() > 0;
    }

    /** Optimistic, as {@link #updateCategory}. */
    public boolean setArchived(long id, long version, boolean archived) {
        return jdbc.sql("""
                update community_space set archived = ?, version = version + 1
                where id = ? and version = ? and kind = 'CATEGORY'""").params(archived, id, version).update() == 1;
    }

    public long createCategory(String slug, String nameEs, String nameEn, String descriptionEs, String descriptionEn,
                               int sortOrder) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into community_space (kind, slug, name_es, name_en, description_es, description_en, sort_order,
                  archived, thread_count, version) values ('CATEGORY', ?, ?, ?, ?, ?, ?, false, 0, 0)""")
                .params(slug, nameEs, nameEn, descriptionEs, descriptionEn, sortOrder).update(key, "id");
        return key.getKeyAs(Number.class).longValue();
    }

    /** Optimistic: false when someone changed the category since {@code version}. */
    public boolean updateCategory(long id, long version, String nameEs, String nameEn, String descriptionEs,
                                  String descriptionEn, int sortOrder, boolean archived) {
        return jdbc.sql("""
                update community_space set name_es = ?, name_en = ?, description_es = ?, description_en = ?,
                  sort_order = ?, archived = ?, version = version + 1
                where id = ? and version = ? and kind = 'CATEGORY'""")
                .params(nameEs, nameEn, descriptionEs, descriptionEn, sortOrder, archived, id, version).update() == 1;
    }

    public void recordPost(long spaceId, Instant at, int newThreads) {
        jdbc.sql("update community_space set thread_count = thread_count + ?, last_post_at = ? where id = ?")
                .param(newThreads).param(Times.utc(at)).param(spaceId).update();
    }

    public void recount(long spaceId) {
        jdbc.sql("""
                update community_space set thread_count =
                  (select count(*) from community_thread t where t.space_id = ? and t.hidden = false) where id = ?""")
                .param(spaceId).param(spaceId).update();
    }

    static SpaceRow row(ResultSet r, int n) throws SQLException {
        return new SpaceRow(r.getLong("id"), r.getString("kind"), Times.optionalLong(r, "course_id"),
                r.getString("slug"), r.getString("name_es"), r.getString("name_en"), r.getString("description_es"),
                r.getString("description_en"), r.getInt("sort_order"), r.getBoolean("archived"),
                r.getInt("thread_count"), Times.read(r, "last_post_at"), r.getLong("version"),
                Times.optionalLong(r, "run_id"));
    }
}
