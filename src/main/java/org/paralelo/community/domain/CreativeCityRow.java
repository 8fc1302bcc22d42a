package org.paralelo.community.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One of Mexico's UNESCO Creative Cities, seeded by the migration. Read only. */
@Entity
@Table(name = "creative_city")
public class CreativeCityRow {

    @Id
    @Column(length = 40)
    private String code = "";

    @Column(nullable = false, length = 120)
    private String name = "";

    @Column(nullable = false, length = 3)
    private String state = "";

    @Column(name = "unesco_field", nullable = false, length = 40)
    private String unescoField = "";

    @Column(nullable = false)
    private int designated;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    protected CreativeCityRow() {
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getState() {
        return state;
    }

    public String getUnescoField() {
        return unescoField;
    }

    public int getDesignated() {
        return designated;
    }

    public int getSortOrder() {
        return sortOrder;
    }
}
