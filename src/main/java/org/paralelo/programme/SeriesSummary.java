package org.paralelo.programme;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.paralelo.people.MexicanState;
import org.paralelo.people.PersonRef;
import org.paralelo.people.RegionView;

/** A debate series as screens show it, with how many sessions and pending agreements it has. */
public record SeriesSummary(SeriesId id, String name, String description, String municipality,
                            @Nullable MexicanState state, List<RegionView> regions, List<PersonRef> organisers,
                            int sessions, int organisations, int pendingAgreements, long version) {
}
