package org.paralelo.reporting.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

/** How many people of an audience the programme means to reach, overall (no region) or in one region. */
@Entity
@Table(name = "report_target")
public class Target {

    public static final int MAX_TARGET = 1_000_000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(nullable = false, length = 20)
    private String audience;

    @Column(name = "region_id")
    private @Nullable Long regionId;

    @Column(nullable = false)
    private int target;

    @Version
    private long version;

    protected Target() {
        this.audience = "";
    }

    public Target(String audience, @Nullable Long regionId, int target) {
        this.audience = audience;
        this.regionId = regionId;
        this.target = target;
    }

    public @Nullable Long getId() {
        return id;
    }

    public String getAudience() {
        return audience;
    }

    public @Nullable Long getRegionId() {
        return regionId;
    }

    public int getTarget() {
        return target;
    }

    public void setTarget(int target) {
        this.target = target;
    }

    public long getVersion() {
        return version;
    }
}
