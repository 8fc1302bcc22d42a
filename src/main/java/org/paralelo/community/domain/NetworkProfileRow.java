package org.paralelo.community.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * What a person adds to their account for the Network. Their name, place, position and creative fields stay in
 * the people module; other members see any of it only while {@code published} is true.
 */
@Entity
@Table(name = "network_profile")
public class NetworkProfileRow {

    public static final int MAX_ORGANISATION = 200;
    public static final int MAX_TEXT = 1000;

    @Id
    @Column(name = "person_id")
    private long personId;

    @Column(nullable = false)
    private boolean published;

    @Column(length = MAX_ORGANISATION)
    private @Nullable String organisation;

    @Column(name = "creative_city", length = 40)
    private @Nullable String creativeCity;

    @Column(length = MAX_TEXT)
    private @Nullable String bio;

    @Column(name = "can_share", length = MAX_TEXT)
    private @Nullable String canShare;

    @Column(name = "looking_for", length = MAX_TEXT)
    private @Nullable String lookingFor;

    @Column(name = "avatar_id")
    private @Nullable Long avatarId;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt = Instant.EPOCH;

    @Version
    private long version;

    protected NetworkProfileRow() {
    }

    public NetworkProfileRow(long personId, Instant now) {
        this.personId = personId;
        this.updatedAt = now;
    }

    public void update(boolean published, @Nullable String organisation, @Nullable String creativeCity,
                       @Nullable String bio, @Nullable String canShare, @Nullable String lookingFor, Instant now) {
        this.published = published;
        this.organisation = organisation;
        this.creativeCity = creativeCity;
        this.bio = bio;
        this.canShare = canShare;
        this.lookingFor = lookingFor;
        this.updatedAt = now;
    }

    public long getPersonId() {
        return personId;
    }

    public boolean isPublished() {
        return published;
    }

    public @Nullable String getOrganisation() {
        return organisation;
    }

    public @Nullable String getCreativeCity() {
        return creativeCity;
    }

    public @Nullable String getBio() {
        return bio;
    }

    public @Nullable String getCanShare() {
        return canShare;
    }

    public @Nullable String getLookingFor() {
        return lookingFor;
    }

    public @Nullable Long getAvatarId() {
        return avatarId;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public long getVersion() {
        return version;
    }
}
