package org.paralelo.people;

import java.text.Collator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.paralelo.base.InputChecks;
import org.paralelo.base.Languages;
import org.paralelo.base.StaleDataException;
import org.paralelo.base.UserFacingException;
import org.paralelo.people.domain.PersonRepository;
import org.paralelo.people.domain.Region;
import org.paralelo.people.domain.RegionRepository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The programme's regions: everyone can list them (registration needs them), admins edit them. */
@Service
@Transactional
@PreAuthorize("hasRole('ADMIN')")
public class RegionService {

    /** More than any state has municipalities (Oaxaca has 570), so the list is never cut in practice. */
    private static final int MAX_SUGGESTIONS = 600;

    private final RegionRepository regions;
    private final PersonRepository people;

    RegionService(RegionRepository regions, PersonRepository people) {
        this.regions = regions;
        this.people = people;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("permitAll()")
    public List<RegionView> list() {
        return regions.findAllByOrderBySortOrderAscNameAsc().stream().map(RegionService::view).toList();
    }

    @PreAuthorize("hasRole('ADMIN')")
    public RegionView create(String name) {
        checkName(name, null);
        int last = regions.findAllByOrderBySortOrderAscNameAsc().stream().mapToInt(Region::getSortOrder).max()
                .orElse(0);
        return view(regions.saveAndFlush(new Region(name, last + 1)));
    }

    @PreAuthorize("hasRole('ADMIN')")
    public RegionView rename(long id, String name, long version) {
        Region region = load(id);
        StaleDataException.check(version, region.getVersion());
        checkName(name, region);
        region.setName(name);
        return view(regions.saveAndFlush(region));
    }

    @PreAuthorize("hasRole('ADMIN')")
    public void delete(long id) {
        Region region = load(id);
        if (people.existsByRegionId(id) || people.isCoordinatedRegion(id)) {
            throw new UserFacingException("error.region-in-use");
        }
        regions.delete(region);
    }

    /** The region a person of this state belongs to, when exactly one region has the state; else they choose. */
    @Transactional(readOnly = true)
    @PreAuthorize("permitAll()")
    public Optional<RegionView> regionOf(MexicanState state) {
        List<Region> having = regions.findAllByOrderBySortOrderAscNameAsc().stream()
                .filter(r -> r.getStates().contains(state)).toList();
        return having.size() == 1 ? Optional.of(view(having.getFirst())) : Optional.empty();
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN')")
    public Set<MexicanState> statesOf(long id) {
        return load(id).getStates();
    }

    /** Sets the states a region is made of, against the version the admin saw; returns the region as saved. */
    @PreAuthorize("hasRole('ADMIN')")
    public RegionView setStates(long id, Set<MexicanState> states, long version) {
        Region region = load(id);
        StaleDataException.check(version, region.getVersion());
        region.setStates(states);
        return view(regions.saveAndFlush(region));
    }

    /**
     * Municipality names already known in a state, for suggestions as a person types (each once, in its stored
     * spelling, alphabetically). Names of places only: nothing says who lives there.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("permitAll()")
    public List<String> municipalitiesOf(MexicanState state) {
        Collator spanish = Collator.getInstance(Languages.SPANISH);
        spanish.setStrength(Collator.PRIMARY);
        return people.municipalitiesOf(state).stream().sorted(spanish).limit(MAX_SUGGESTIONS).toList();
    }

    private void checkName(String name, @Nullable Region self) {
        InputChecks checks = new InputChecks().text(name, "name", Region.MAX_NAME);
        if (!checks.hasProblem("name")) {
            boolean unchanged = self != null && self.getName().equalsIgnoreCase(name.strip());
            checks.require(unchanged || !regions.existsByNameIgnoreCase(name.strip()), "name",
                    "error.region-exists");
        }
        checks.throwIfAny();
    }

    private Region load(long id) {
        return regions.findById(id).orElseThrow(() -> new UserFacingException("error.region-not-found"));
    }

    private static RegionView view(Region region) {
        return new RegionView(region.getId(), region.getName(), region.getSortOrder(), region.getVersion());
    }
}
