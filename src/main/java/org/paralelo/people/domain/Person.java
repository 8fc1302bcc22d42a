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
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.paralelo.base.Languages;
import org.paralelo.people.CreativeField;
import org.paralelo.people.MexicanState;
import org.paralelo.people.Position;
import org.paralelo.people.RegionScope;
import org.paralelo.people.Role;

/** An account and its profile. Username and e-mail are stored lower-case so look-ups ignore case. */
@Entity
public class Person {

    public static final int MAX_USERNAME = 60;
    public static final int MAX_EMAIL = 254;
    public static final int MAX_FULL_NAME = 200;
    public static final int MAX_MUNICIPALITY = 120;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(nullable = false, length = MAX_USERNAME)
    private String username;

    @Column(nullable = false, length = MAX_EMAIL)
    private String email;

    /** Null for an account created for someone else until they set a password through their activation link. */
    @Column(name = "password_hash")
    private @Nullable String passwordHash;

    @Column(name = "full_name", nullable = false, length = MAX_FULL_NAME)
    private String fullName;

    @Column(name = "preferred_language", nullable = false, length = 10)
    private String preferredLanguage;

    @Enumerated(EnumType.STRING)
    @Column(name = "state_code", length = 3)
    private @Nullable MexicanState state;

    @Column(length = MAX_MUNICIPALITY)
    private @Nullable String municipality;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "region_id")
    private @Nullable Region region;

    @Enumerated(EnumType.STRING)
    @Column(name = "position_code", length = 40)
    private @Nullable Position position;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "person_role", joinColumns = @JoinColumn(name = "person_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role", length = 20)
    private Set<Role> roles = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "person_creative_field", joinColumns = @JoinColumn(name = "person_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "creative_field", length = 40)
    private Set<CreativeField> creativeFields = new HashSet<>();

    @Column(name = "coordinates_all_regions", nullable = false)
    private boolean coordinatesAllRegions;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "coordinator_region", joinColumns = @JoinColumn(name = "person_id"))
    @Column(name = "region_id")
    private Set<Long> coordinatedRegionIds = new HashSet<>();

    @Column(nullable = false)
    private boolean enabled;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Person() {
        this.username = "";
        this.email = "";
        this.passwordHash = "";
        this.fullName = "";
        this.preferredLanguage = Languages.SPANISH_TAG;
        this.createdAt = Instant.EPOCH;
    }

    public Person(String username, String email, @Nullable String passwordHash, String fullName,
                  String preferredLanguage, Instant createdAt) {
        this.username = normalise(username);
        this.email = normalise(email);
        this.passwordHash = passwordHash;
        this.fullName = fullName.strip();
        this.preferredLanguage = preferredLanguage;
        this.createdAt = createdAt;
        this.enabled = true;
    }

    /** Usernames and e-mails compare without case or surrounding spaces. */
    public static String normalise(String identifier) {
        return identifier.strip().toLowerCase(Locale.ROOT);
    }

    public @Nullable Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = normalise(email);
    }

    public @Nullable String getPasswordHash() {
        return passwordHash;
    }

    public boolean hasPassword() {
        return passwordHash != null;
    }

    public void setPasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName.strip();
    }

    public String getPreferredLanguage() {
        return preferredLanguage;
    }

    public void setPreferredLanguage(String preferredLanguage) {
        this.preferredLanguage = preferredLanguage;
    }

    public @Nullable MexicanState getState() {
        return state;
    }

    public void setState(@Nullable MexicanState state) {
        this.state = state;
    }

    public @Nullable String getMunicipality() {
        return municipality;
    }

    public void setMunicipality(@Nullable String municipality) {
        this.municipality = municipality == null || municipality.isBlank() ? null : municipality.strip();
    }

    public @Nullable Region getRegion() {
        return region;
    }

    public void setRegion(@Nullable Region region) {
        this.region = region;
    }

    public @Nullable Position getPosition() {
        return position;
    }

    public void setPosition(@Nullable Position position) {
        this.position = position;
    }

    public Set<Role> getRoles() {
        return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    public void setRoles(Set<Role> roles) {
        this.roles.clear();
        this.roles.addAll(roles);
    }

    public Set<CreativeField> getCreativeFields() {
        return creativeFields.isEmpty() ? EnumSet.noneOf(CreativeField.class) : EnumSet.copyOf(creativeFields);
    }

    public void setCreativeFields(Set<CreativeField> creativeFields) {
        this.creativeFields.clear();
        this.creativeFields.addAll(creativeFields);
    }

    /** The regions this person coordinates; meaningful only while they hold the coordinator role. */
    public RegionScope getCoordinatorScope() {
        return new RegionScope(coordinatesAllRegions, coordinatedRegionIds);
    }

    public void setCoordinatorScope(RegionScope scope) {
        this.coordinatesAllRegions = scope.all();
        this.coordinatedRegionIds.clear();
        this.coordinatedRegionIds.addAll(scope.regionIds());
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public long getVersion() {
        return version;
    }
}
