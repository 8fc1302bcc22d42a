package org.paralelo.people;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The programme regions someone may follow: every region (admins, a coordinator of all regions), some regions (a
 * coordinator), or none (everyone else). Reports and object checks ask {@link #covers} of each person's region; a
 * person without a region is covered only by a scope of every region.
 */
public record RegionScope(boolean all, Set<Long> regionIds) {

    public static final RegionScope NONE = new RegionScope(false, Set.of());
    public static final RegionScope EVERY_REGION = new RegionScope(true, Set.of());

    public RegionScope {
        regionIds = all ? Set.of() : Set.copyOf(regionIds);
    }

    public static RegionScope of(Set<Long> regionIds) {
        return new RegionScope(false, regionIds);
    }

    public boolean covers(@Nullable Long regionId) {
        return all || regionId != null && regionIds.contains(regionId);
    }

    /** Neither every region nor any region. */
    public boolean isEmpty() {
        return !all && regionIds.isEmpty();
    }
}
