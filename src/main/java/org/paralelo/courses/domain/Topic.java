package org.paralelo.courses.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

/** A subject area from the admin-editable taxonomy, named in Spanish and English. */
@Entity
public class Topic {

    public static final int MAX_NAME = 120;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(nullable = false, length = 60)
    private String code;

    @Column(name = "name_es", nullable = false, length = MAX_NAME)
    private String nameEs;

    @Column(name = "name_en", nullable = false, length = MAX_NAME)
    private String nameEn;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Version
    private long version;

    protected Topic() {
        this.code = "";
        this.nameEs = "";
        this.nameEn = "";
    }

    public Topic(String code, String nameEs, String nameEn, int sortOrder) {
        this.code = code;
        this.nameEs = nameEs.strip();
        this.nameEn = nameEn.strip();
        this.sortOrder = sortOrder;
    }

    public @Nullable Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getNameEs() {
        return nameEs;
    }

    public void setNameEs(String nameEs) {
        this.nameEs = nameEs.strip();
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn.strip();
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public long getVersion() {
        return version;
    }
}
