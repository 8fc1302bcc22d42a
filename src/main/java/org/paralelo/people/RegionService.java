package org.paralelo.people;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.paralelo.base.InputChecks;
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
