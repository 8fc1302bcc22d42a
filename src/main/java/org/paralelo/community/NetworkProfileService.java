package org.paralelo.community;

import java.text.Collator;
import java.text.Normalizer;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.paralelo.base.InputChecks;
import org.paralelo.base.Languages;
import org.paralelo.base.StaleDataException;
import org.paralelo.base.UserFacingException;
import org.paralelo.community.domain.CreativeCityRepository;
import org.paralelo.community.domain.CreativeCityRow;
import org.paralelo.community.domain.NetworkProfileRepository;
import org.paralelo.community.domain.NetworkProfileRow;
import org.paralelo.people.Caller;
import org.paralelo.people.MemberFacts;
import org.paralelo.people.MexicanState;
import org.paralelo.people.PersonDirectory;
import org.paralelo.people.PersonId;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Network profiles and the member directory. A profile is off until its owner switches it on; until then nothing
 * of the person is shown to other members — not in the directory, not on a member page reached by its address.
 * Name, place, position and creative fields are read from the person's account (people module), never copied.
 *
 * <p>The directory filters in memory over the published profiles (the programme has about 830 people); the page
 * asked for is cut from the sorted result.
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class NetworkProfileService {

    private final NetworkProfileRepository profiles;
    private final CreativeCityRepository cities;
    private final PersonDirectory directory;
    private final Caller caller;
    private final Clock clock;

    NetworkProfileService(NetworkProfileRepository profiles, CreativeCityRepository cities, PersonDirectory directory,
                          Caller caller, Clock clock) {
        this.profiles = profiles;
        this.cities = cities;
        this.directory = directory;
        this.caller = caller;
        this.clock = clock;
    }

    /** Mexico's UNESCO Creative Cities, in the programme's order. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<CreativeCity> creativeCities() {
        return cities.findAllByOrderBySortOrder().stream().map(NetworkProfileService::city).toList();
    }

    /** The signed-in person's own profile, published or not (an empty one before they first save). */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public NetworkProfile mine() {
        PersonId me = me();
        MemberFacts facts = directory.memberFacts(Set.of(me)).stream().findFirst()
                .orElseThrow(() -> new UserFacingException("error.person-not-found"));
        return profiles.findById(me.value()).map(row -> view(facts, row))
                .orElseGet(() -> new NetworkProfile(facts, false, null, null, null, null, null, -1));
    }

    /**
     * Saves the signed-in person's network profile; {@code version} is the one read ({@code -1} for a first save).
     * Switching {@code published} off hides the person from the directory at once.
     */
    @PreAuthorize("isAuthenticated()")
    public NetworkProfile saveMine(NetworkProfileDraft draft, long version) {
        PersonId me = me();
        InputChecks checks = new InputChecks()
                .optionalText(draft.organisation(), "organisation", NetworkProfileRow.MAX_ORGANISATION)
                .optionalText(draft.bio(), "bio", NetworkProfileRow.MAX_TEXT)
                .optionalText(draft.canShare(), "canShare", NetworkProfileRow.MAX_TEXT)
                .optionalText(draft.lookingFor(), "lookingFor", NetworkProfileRow.MAX_TEXT);
        String city = blankToNull(draft.creativeCity());
        checks.require(city == null || cities.existsById(city), "creativeCity", "network.error.unknown-city");
        checks.throwIfAny();
        NetworkProfileRow row = profiles.findById(me.value()).orElse(null);
        if (row == null) {
            StaleDataException.check(version, -1);
            row = new NetworkProfileRow(me.value(), clock.instant());
        } else {
            StaleDataException.check(version, row.getVersion());
        }
        row.update(draft.published(), blankToNull(draft.organisation()), city, blankToNull(draft.bio()),
                blankToNull(draft.canShare()), blankToNull(draft.lookingFor()), clock.instant());
        profiles.saveAndFlush(row);
        return mine();
    }

    /**
     * A member's page: present only if they published their profile (or it is the caller's own). Anyone else —
     * including a person who exists but has not opted in — is reported as not found, so an address reveals nothing.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Optional<NetworkProfile> member(PersonId id) {
        Optional<NetworkProfileRow> row = profiles.findById(id.value());
        boolean mine = caller.id().filter(id::equals).isPresent();
        if (!mine && row.filter(NetworkProfileRow::isPublished).isEmpty()) {
            return Optional.empty();
        }
        return directory.memberFacts(Set.of(id)).stream().findFirst()
                .map(facts -> row.map(r -> view(facts, r))
                        .orElseGet(() -> new NetworkProfile(facts, false, null, null, null, null, null, -1)));
    }

    /** A member's page by username (where an @mention leads); the same rules as {@link #member(PersonId)}. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Optional<NetworkProfile> member(String username) {
        return directory.authorsByUsername(Set.of(username)).stream().findFirst()
                .flatMap(author -> member(author.id()));
    }

    /** Whether the person has published their profile (and so may be found and written to by members). */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public boolean isPublished(PersonId id) {
        return profiles.findById(id.value()).map(NetworkProfileRow::isPublished).orElse(false);
    }

    /** A page of published members matching the filter, by name (Spanish collation). */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<MemberCard> members(MemberFilter filter, int offset, int limit) {
        return matching(filter).stream().skip(Math.max(0, offset)).limit(Math.clamp(limit, 0, 200)).toList();
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public int countMembers(MemberFilter filter) {
        return matching(filter).size();
    }

    private List<MemberCard> matching(MemberFilter filter) {
        String city = blankToNull(filter.creativeCity());
        Map<Long, NetworkProfileRow> rows = profiles.findPublished(city).stream()
                .collect(Collectors.toMap(NetworkProfileRow::getPersonId, Function.identity()));
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<String, CreativeCity> byCode = creativeCities().stream()
                .collect(Collectors.toMap(CreativeCity::code, Function.identity()));
        String needle = filter.text() == null ? "" : fold(filter.text().strip());
        Collator collator = Collator.getInstance(Languages.SPANISH);
        collator.setStrength(Collator.PRIMARY);
        return directory.memberFacts(rows.keySet().stream().map(PersonId::new).toList()).stream()
                .filter(f -> rows.containsKey(f.id().value()) && rows.get(f.id().value()).isPublished())
                .filter(f -> filter.regionId() == null || filter.regionId().equals(f.regionId()))
                .filter(f -> filter.state() == null || filter.state() == f.state())
                .filter(f -> filter.position() == null || filter.position() == f.position())
                .filter(f -> filter.creativeField() == null || f.creativeFields().contains(filter.creativeField()))
                .map(f -> {
                    NetworkProfileRow row = rows.get(f.id().value());
                    return new MemberCard(f, row.getOrganisation(),
                            row.getCreativeCity() == null ? null : byCode.get(row.getCreativeCity()));
                })
                .filter(card -> needle.isEmpty() || matches(card, needle))
                .sorted(Comparator.comparing((MemberCard c) -> c.facts().fullName(), collator)
                        .thenComparing(c -> c.facts().id().value()))
                .toList();
    }

    private static boolean matches(MemberCard card, String needle) {
        MemberFacts f = card.facts();
        return fold(f.fullName()).contains(needle)
                || (f.municipality() != null && fold(f.municipality()).contains(needle))
                || (card.organisation() != null && fold(card.organisation()).contains(needle));
    }

    private static String fold(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }

    private NetworkProfile view(MemberFacts facts, NetworkProfileRow row) {
        CreativeCity city = row.getCreativeCity() == null ? null
                : cities.findById(row.getCreativeCity()).map(NetworkProfileService::city).orElse(null);
        return new NetworkProfile(facts, row.isPublished(), row.getOrganisation(), city, row.getBio(),
                row.getCanShare(), row.getLookingFor(), row.getVersion());
    }

    private static CreativeCity city(CreativeCityRow row) {
        return new CreativeCity(row.getCode(), row.getName(), MexicanState.valueOf(row.getState()),
                row.getUnescoField(), row.getDesignated());
    }

    private PersonId me() {
        return caller.id().orElseThrow(() -> new UserFacingException("error.person-not-found"));
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
