package org.paralelo.media;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Tells the orphaned-media sweep which files a module still uses (a post's images and attachments, an avatar, a
 * shared resource's document, a lesson's link, a session's material). A file of a member purpose that no
 * implementation claims, uploaded longer ago than the grace period, is deleted. Implementations read their own
 * tables only, need no signed-in person, and must answer for ids they do not know (by leaving them out).
 */
public interface MediaReferences {

    /** Of these files, the ones this module still refers to. */
    Set<MediaId> inUse(Collection<MediaId> candidates);

    /** The candidates {@code used} returns (given their ids, it returns those in use); one call, none if empty. */
    static Set<MediaId> among(Collection<MediaId> candidates, Function<List<Long>, List<Long>> used) {
        if (candidates.isEmpty()) {
            return Set.of();
        }
        return used.apply(candidates.stream().map(MediaId::value).toList()).stream().map(MediaId::new)
                .collect(Collectors.toSet());
    }
}
