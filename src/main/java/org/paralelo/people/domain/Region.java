package org.paralelo.people.domain;

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
import jakarta.persistence.Version;
import java.util.EnumSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.paralelo.people.MexicanState;

/** A programme region (the NGO groups municipalities into regions for coordination and reports). */
@Entity
public class Region {

    public static final int MAX_NAME = 120;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(nullable = false, length = MAX_NAME)
    private String name;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    /** The states this region is made of; a person's region follows from their state when only one has it. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "region_state", joinColumns = @JoinColumn(name = "region_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "state_code", length = 3)
    private Set<MexicanState> states = EnumSet.noneOf(MexicanState.class);

    @Version
    private long version;

    protected Region() {
        this.name = "";
    }

    public Region(String name, int sortOrder) {
        this.name = name.strip();
        this.sortOrder = sortOrder;
    }

    public @Nullable Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name.strip();
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public void setSortOrder(int sortOrder) {
        this.sortOrder = sortOrder;
    }

    public long getVersion() {
        return version;
    }

    public Set<MexicanState> getStates() {
        return Set.copyOf(states);
    }

    public void setStates(Set<MexicanState> states) {
        this.states.clear();
        this.states.addAll(states);
    }
}
