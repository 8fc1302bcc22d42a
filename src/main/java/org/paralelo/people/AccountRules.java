package org.paralelo.people;

import java.util.EnumSet;
import java.util.List;
import java.util.function.Function;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.paralelo.base.InputChecks;
import org.paralelo.base.Languages;
import org.paralelo.people.domain.Person;
import org.paralelo.people.domain.PersonRepository;
import org.paralelo.people.domain.Region;
import org.paralelo.people.domain.RegionRepository;
import org.springframework.stereotype.Component;

/**
 * The rules every account and profile must meet, shared by admin creation, self-registration and profile edits
 * so that all three refuse the same input with the same messages.
 */
@Component
class AccountRules {

    static final int MIN_PASSWORD = 8;
    /** Long enough for any passphrase, short enough that hashing stays cheap. */
    static final int MAX_PASSWORD = 1000;

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,59}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s\\p{Cntrl}]+@[^@\\s\\p{Cntrl}.]+(\\.[^@\\s\\p{Cntrl}.]+)+");

    private final PersonRepository people;
    private final RegionRepository regions;

    AccountRules(PersonRepository people, RegionRepository regions) {
        this.people = people;
        this.regions = regions;
    }

    void checkUsername(String username, InputChecks checks) {
        String normalised = username == null ? "" : Person.normalise(username);
        if (!checks.require(!normalised.isEmpty(), "username", "error.required").hasProblem("username")
                && !checks.require(USERNAME.matcher(normalised).matches(), "username", "error.username-format")
                .hasProblem("username")) {
            checks.require(!people.existsByUsername(normalised), "username", "error.username-taken");
        }
    }

    void checkPassword(String password, String username, InputChecks checks) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_PASSWORD) {
            checks.require(false, "password", "error.password-too-short", MIN_PASSWORD);
        } else if (password.length() > MAX_PASSWORD) {
            checks.require(false, "password", "error.too-long", MAX_PASSWORD);
        } else {
            checks.require(username == null || !Person.normalise(password).equals(Person.normalise(username)),
                    "password", "error.password-equals-username");
        }
    }

    /** Checks a profile; {@code self} is the person being edited, so their own e-mail is not "taken". */
    void checkProfile(ProfileData data, @Nullable Long self, InputChecks checks) {
        checks.text(data.fullName(), "fullName", Person.MAX_FULL_NAME);
        checkEmail(data.email(), self, checks);
        checks.require(data.languageTag() != null
                        && Languages.SUPPORTED.stream().anyMatch(l -> l.toLanguageTag().equals(data.languageTag())),
                "language", "error.unknown-language");
        checks.require(data.stateCode() == null || MexicanState.fromCode(data.stateCode()).isPresent(),
                "state", "error.unknown-state");
        checks.optionalText(data.municipality(), "municipality", Person.MAX_MUNICIPALITY);
        checks.require(data.regionId() == null || regions.existsById(data.regionId()), "region",
                "error.unknown-region");
        checks.require(data.positionCode() == null || Position.fromCode(data.positionCode()).isPresent(),
                "position", "error.unknown-position");
        checks.require(data.creativeFieldCodes().stream().allMatch(c -> CreativeField.fromCode(c).isPresent()),
                "creativeFields", "error.unknown-creative-field");
    }

    private void checkEmail(String email, @Nullable Long self, InputChecks checks) {
        if (email == null || email.isBlank()) {
            checks.require(false, "email", "error.required");
            return;
        }
        String normalised = Person.normalise(email);
        if (normalised.length() > Person.MAX_EMAIL || !EMAIL.matcher(normalised).matches()) {
            checks.require(false, "email", "error.email-format");
            return;
        }
        people.findByEmail(normalised)
                .filter(owner -> !owner.getId().equals(self))
                .ifPresent(owner -> checks.require(false, "email", "error.email-taken"));
    }

    /** The shape of a username (normalised), without asking whether an account uses it. */
    static boolean looksLikeUsername(String normalised) {
        return USERNAME.matcher(normalised).matches();
    }

    /** The shape of an e-mail address (normalised), without asking whether an account uses it. */
    static boolean looksLikeEmail(String normalised) {
        return EMAIL.matcher(normalised).matches();
    }

    /** Copies an already checked profile onto the entity. */
    void applyProfile(Person person, ProfileData data) {
        applyProfile(person, data, people::municipalitiesOf);
    }

    /** The same, with the known municipality spellings per state from the caller (the bulk import caches them). */
    void applyProfile(Person person, ProfileData data, Function<MexicanState, List<String>> municipalities) {
        person.setFullName(data.fullName());
        person.setEmail(data.email());
        person.setPreferredLanguage(Languages.fromTag(data.languageTag()).toLanguageTag());
        person.setState(data.stateCode() == null ? null : MexicanState.fromCode(data.stateCode()).orElseThrow());
        person.setMunicipality(MunicipalityNames.canonical(data.municipality(),
                person.getState() == null ? List.of() : municipalities.apply(person.getState())));
        Region region = data.regionId() == null ? null : regions.findById(data.regionId()).orElseThrow();
        person.setRegion(region);
        person.setPosition(data.positionCode() == null ? null : Position.fromCode(data.positionCode()).orElseThrow());
        Set<CreativeField> fields = EnumSet.noneOf(CreativeField.class);
        data.creativeFieldCodes().forEach(code -> fields.add(CreativeField.fromCode(code).orElseThrow()));
        person.setCreativeFields(fields);
    }

    static Locale languageOf(Person person) {
        return Languages.fromTag(person.getPreferredLanguage());
    }
}
