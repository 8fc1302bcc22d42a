package org.paralelo.programme.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.paralelo.people.MexicanState;

/** A debate-workshop series: not a course run; its organisers manage it, its regions decide who follows it. */
@Entity
@Table(name = "programme_series")
public class Series {

    public static final int MAX_NAME = 200;
    public static final int MAX_DESCRIPTION = 20_000;
    public static final int MAX_MUNICIPALITY = 120;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(nullable = false, length = MAX_NAME)
    private String name = "";

    /** Mapped with a LONGTEXT's length so H2 and MariaDB validate alike; MAX_DESCRIPTION is checked. */
    @Column(nullable = false, length = 1_000_000)
    private String description = "";

    @Column(nullable = false, length = MAX_MUNICIPALITY)
    private String municipality = "";

    @Enumerated(EnumType.STRING)
    @Column(length = 3)
    private @Nullable MexicanState state;

    @Column(name = "created_by", nullable = false)
    private long createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.EPOCH;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "programme_series_region", joinColumns = @JoinColumn(name = "series_id"))
    @Column(name = "region_id")
    private Set<Long> regionIds = new LinkedHashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "programme_series_organiser", joinColumns = @JoinColumn(name = "series_id"))
    @Column(name = "person_id")
    private Set<Long> organiserIds = new LinkedHashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "programme_series_organisation", joinColumns = @JoinColumn(name = "series_id"))
    @Column(name = "organisation_id")
    private Set<Long> organisationIds = new LinkedHashSet<>();

    @Version
    private long version;

    protected Series() {
    }

    public Series(long createdBy, Instant createdAt) {
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public void describe(String name, String description, String municipality, @Nullable MexicanState state) {
        this.name = name.strip();
        this.description = description;
        this.municipality = municipality.strip();
        this.state = state;
    }

    public void setRegionIds(Collection<Long> ids) {
        regionIds.clear();
        regionIds.addAll(ids);
    }

    public void setOrganiserIds(Collection<Long> ids) {
        organiserIds.clear();
        organiserIds.addAll(ids);
    }

    public boolean addOrganisation(long organisation) {
        return organisationIds.add(organisation);
    }

    public boolean removeOrganisation(long organisation) {
        return organisationIds.remove(organisation);
    }

    public long getId() {
        if (id == null) {
            throw new IllegalStateException("series not saved yet");
        }
        return id;
    }

    public String getName() {
        return name;
    }

    public String getDescription() {
        return description;
    }

    public String getMunicipality() {
        return municipality;
    }

    public @Nullable MexicanState getState() {
        return state;
    }

    public long getCreatedBy() {
        return createdBy;
    }

    public Set<Long> getRegionIds() {
        return Set.copyOf(regionIds);
    }

    public Set<Long> getOrganiserIds() {
        return Set.copyOf(organiserIds);
    }

    public Set<Long> getOrganisationIds() {
        return Set.copyOf(organisationIds);
    }

    public long getVersion() {
        return version;
    }
}
