package org.paralelo.search.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** The one synonym list (row 1): one group of equivalent terms per line, separated by commas. */
@Entity
@Table(name = "search_synonyms")
public class SynonymList {

    public static final long THE_LIST = 1;

    @Id
    private long id;

    // Not "lines": a reserved word in MariaDB.
    @Column(name = "synonym_lines", nullable = false, length = 1_000_000)
    private String lines;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected SynonymList() {
        this.lines = "";
        this.updatedAt = Instant.EPOCH;
    }

    public String getLines() {
        return lines;
    }

    public long getVersion() {
        return version;
    }

    public void replace(String lines, Instant now) {
        this.lines = lines;
        this.updatedAt = now;
    }
}
