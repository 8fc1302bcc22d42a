package org.paralelo.people;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.paralelo.base.Languages;
import org.paralelo.people.domain.Person;
import org.paralelo.people.domain.PersonRepository;
import org.paralelo.people.domain.Region;
import org.paralelo.people.domain.RegionRepository;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Decides what each row of a participant file does, against the accounts as they are now: matched by e-mail, then
 * by username; a new account where neither matches. Only mapped columns are compared and changed, so a file
 * without a region column leaves regions alone. The same file planned twice gives the same answer.
 */
@Component
class ImportPlanner {

    /** A row's decision with what the import needs to carry it out. */
    record Planned(ImportRowPreview preview, @Nullable Long personId, String username, ProfileData profile) {
    }

    private final PersonRepository people;
    private final RegionRepository regions;
    private final ImportLabels labels;

    ImportPlanner(PersonRepository people, RegionRepository regions, MessageSource messages) {
        this.people = people;
        this.regions = regions;
        this.labels = new ImportLabels(messages);
    }

    /**
     * Plans every row for someone who may import into {@code scope}: an admin every region; a coordinator only
     * learners of their regions, so a row whose person would end up elsewhere (or already is) is an error.
     */
    List<Planned> plan(ImportTable table, ImportMapping mapping, RegionScope scope) {
        Set<String> emails = new HashSet<>();
        Set<String> usernames = new HashSet<>();
        for (ImportTable.Row row : table.rows()) {
            value(row, mapping, ImportField.EMAIL).map(Person::normalise).ifPresent(emails::add);
            value(row, mapping, ImportField.USERNAME).map(Person::normalise).ifPresent(usernames::add);
        }
        Map<String, Person> byEmail = emails.isEmpty() ? Map.of() : people.findByEmailIn(emails).stream()
                .collect(Collectors.toMap(Person::getEmail, Function.identity()));
        Map<String, Person> byUsername = usernames.isEmpty() ? Map.of() : people.findByUsernameIn(usernames).stream()
                .collect(Collectors.toMap(Person::getUsername, Function.identity()));
        List<Region> allRegions = regions.findAll();
        Map<String, Region> regionsByName = new HashMap<>();
        allRegions.forEach(r -> regionsByName.put(ImportLabels.fold(r.getName()), r));
        RowContext context = new RowContext(table, mapping, scope, byEmail, byUsername, regionsByName, allRegions);
        List<Planned> planned = new ArrayList<>();
        for (ImportTable.Row row : table.rows()) {
            planned.add(context.plan(row));
        }
        return planned;
    }

    private static java.util.Optional<String> value(ImportTable.Row row, ImportMapping mapping, ImportField field) {
        OptionalInt column = mapping.columnOf(field);
        return column.isPresent() && !row.cell(column.getAsInt()).isEmpty()
                ? java.util.Optional.of(row.cell(column.getAsInt())) : java.util.Optional.empty();
    }

    /** The state of one planning pass: what earlier rows claimed, so repeats are caught. */
    private final class RowContext {

        private final ImportTable table;
        private final ImportMapping mapping;
        private final RegionScope scope;
        private final Map<String, Person> byEmail;
        private final Map<String, Person> byUsername;
        private final Map<String, Region> regionsByName;
        private final List<Region> allRegions;
        private final Map<String, Integer> emailLines = new HashMap<>();
        private final Map<String, Integer> usernameLines = new HashMap<>();
        private final Set<String> claimedUsernames = new HashSet<>();

        RowContext(ImportTable table, ImportMapping mapping, RegionScope scope, Map<String, Person> byEmail,
                   Map<String, Person> byUsername, Map<String, Region> regionsByName, List<Region> allRegions) {
            this.table = table;
            this.mapping = mapping;
            this.scope = scope;
            this.byEmail = byEmail;
            this.byUsername = byUsername;
            this.regionsByName = regionsByName;
            this.allRegions = allRegions;
        }

        Planned plan(ImportTable.Row row) {
            List<ImportProblem> problems = new ArrayList<>();
            String fullName = text(row, ImportField.FULL_NAME, Person.MAX_FULL_NAME, true, problems);
            String email = email(row, problems);
            String username = username(row, problems);
            MexicanState state = state(row, problems);
            String municipality = text(row, ImportField.MUNICIPALITY, Person.MAX_MUNICIPALITY, false, problems);
            Region region = region(row, state, problems);
            Position position = lookUp(row, ImportField.POSITION, labels::position, ImportProblemKind.UNKNOWN_POSITION,
                    problems);
            String language = lookUp(row, ImportField.LANGUAGE, labels::languageTag,
                    ImportProblemKind.UNKNOWN_LANGUAGE, problems);

            Person target = email.isEmpty() ? null : byEmail.get(email);
            Person owner = username.isEmpty() ? null : byUsername.get(username);
            if (target != null && owner != null && !owner.getId().equals(target.getId())) {
                problems.add(problem(row, ImportField.USERNAME, ImportProblemKind.USERNAME_TAKEN));
            } else if (target == null) {
                target = owner;
            }
            if (problems.isEmpty() && !withinScope(target, region)) {
                problems.add(problem(row, scopeField(), ImportProblemKind.OUTSIDE_YOUR_REGIONS));
            }
            if (!problems.isEmpty()) {
                return new Planned(new ImportRowPreview(row.line(), ImportOutcome.ERROR, fullName, email, username,
                        problems), null, username, emptyProfile());
            }
            if (target == null) {
                String chosen = username.isEmpty() ? newUsername(email) : username;
                claimedUsernames.add(chosen);
                ProfileData profile = new ProfileData(fullName, email,
                        language == null ? Languages.SPANISH_TAG : language, code(state), blankToNull(municipality),
                        region == null ? null : region.getId(), position == null ? null : position.name(), Set.of());
                return new Planned(new ImportRowPreview(row.line(), ImportOutcome.CREATE, fullName, email, chosen,
                        List.of()), null, chosen, profile);
            }
            ProfileData profile = merged(target, fullName, email, language, state, municipality, region, position);
            ImportOutcome outcome = sameAs(target, profile) ? ImportOutcome.UNCHANGED : ImportOutcome.UPDATE;
            return new Planned(new ImportRowPreview(row.line(), outcome, profile.fullName(), email,
                    target.getUsername(), List.of()), target.getId(), target.getUsername(), profile);
        }

        private String text(ImportTable.Row row, ImportField field, int max, boolean required,
                            List<ImportProblem> problems) {
            OptionalInt column = mapping.columnOf(field);
            String value = column.isPresent() ? row.cell(column.getAsInt()) : "";
            if (required && value.isEmpty()) {
                problems.add(problem(row, field, ImportProblemKind.MISSING));
            } else if (value.length() > max) {
                problems.add(problem(row, field, ImportProblemKind.TOO_LONG));
            }
            return value;
        }

        private String email(ImportTable.Row row, List<ImportProblem> problems) {
            String value = Person.normalise(text(row, ImportField.EMAIL, Person.MAX_EMAIL, true, problems));
            if (value.isEmpty() || value.length() > Person.MAX_EMAIL) {
                return value;
            }
            if (!AccountRules.looksLikeEmail(value)) {
                problems.add(problem(row, ImportField.EMAIL, ImportProblemKind.BAD_EMAIL));
            } else if (emailLines.putIfAbsent(value, row.line()) != null) {
                problems.add(problem(row, ImportField.EMAIL, ImportProblemKind.DUPLICATE_IN_FILE));
            }
            return value;
        }

        private String username(ImportTable.Row row, List<ImportProblem> problems) {
            String value = Person.normalise(value(row, mapping, ImportField.USERNAME).orElse(""));
            if (value.isEmpty()) {
                return value;
            }
            if (!AccountRules.looksLikeUsername(value)) {
                problems.add(problem(row, ImportField.USERNAME, ImportProblemKind.BAD_USERNAME));
            } else if (usernameLines.putIfAbsent(value, row.line()) != null) {
                problems.add(problem(row, ImportField.USERNAME, ImportProblemKind.DUPLICATE_IN_FILE));
            }
            return value;
        }

        private @Nullable MexicanState state(ImportTable.Row row, List<ImportProblem> problems) {
            return lookUp(row, ImportField.STATE, labels::state, ImportProblemKind.UNKNOWN_STATE, problems);
        }

        private <T> @Nullable T lookUp(ImportTable.Row row, ImportField field,
                                       Function<String, java.util.Optional<T>> reader, ImportProblemKind unknown,
                                       List<ImportProblem> problems) {
            java.util.Optional<String> cell = value(row, mapping, field);
            if (cell.isEmpty()) {
                return null;
            }
            java.util.Optional<T> found = reader.apply(cell.get());
            if (found.isEmpty()) {
                problems.add(problem(row, field, unknown));
            }
            return found.orElse(null);
        }

        /** The region named, which must hold the state when both are given; else the one region of the state. */
        private @Nullable Region region(ImportTable.Row row, @Nullable MexicanState state,
                                        List<ImportProblem> problems) {
            java.util.Optional<String> cell = value(row, mapping, ImportField.REGION);
            if (cell.isEmpty()) {
                if (state == null) {
                    return null;
                }
                List<Region> having = allRegions.stream().filter(r -> r.getStates().contains(state)).toList();
                return having.size() == 1 ? having.getFirst() : null;
            }
            Region region = regionsByName.get(ImportLabels.fold(cell.get()));
            if (region == null) {
                problems.add(problem(row, ImportField.REGION, ImportProblemKind.UNKNOWN_REGION));
            } else if (state != null && !region.getStates().isEmpty() && !region.getStates().contains(state)) {
                problems.add(problem(row, ImportField.REGION, ImportProblemKind.REGION_NOT_IN_STATE));
            }
            return region;
        }

        /**
         * Whether the caller may import this row: the region the person ends up in is theirs and, for someone
         * already registered, so is their current region and they are only a learner (a coordinator changes no
         * staff account).
         */
        private boolean withinScope(@Nullable Person existing, @Nullable Region named) {
            if (scope.all()) {
                return true;
            }
            Long current = existing == null || existing.getRegion() == null ? null : existing.getRegion().getId();
            Long after = named != null ? named.getId() : current;
            return scope.covers(after) && (existing == null
                    || scope.covers(current) && existing.getRoles().equals(Set.of(Role.LEARNER)));
        }

        /** The column an out-of-region row is blamed on: the region's, else the state's, else the e-mail's. */
        private ImportField scopeField() {
            return mapping.maps(ImportField.REGION) ? ImportField.REGION
                    : mapping.maps(ImportField.STATE) ? ImportField.STATE : ImportField.EMAIL;
        }

        /** A free username from the address's local part: "ana.lopez", else "ana.lopez2", "ana.lopez3"… */
        private String newUsername(String email) {
            String base = email.substring(0, email.indexOf('@')).replaceAll("[^a-z0-9._-]", "");
            base = base.replaceFirst("^[._-]+", "");
            if (base.length() < 3) {
                base = (base + "participante").substring(0, Math.max(3, base.length()));
                base = base.length() < 3 ? "participante" : base;
            }
            base = base.length() > 50 ? base.substring(0, 50) : base;
            String candidate = base;
            for (int n = 2; claimedUsernames.contains(candidate) || usernameLines.containsKey(candidate)
                    || people.existsByUsername(candidate); n++) {
                candidate = base + n;
            }
            return candidate;
        }

        private ImportProblem problem(ImportTable.Row row, ImportField field, ImportProblemKind kind) {
            int column = mapping.columnOf(field).orElse(-1);
            String header = column >= 0 && column < table.headers().size() ? table.headers().get(column) : "";
            return new ImportProblem(row.line(), column + 1, header, kind, column >= 0 ? row.cell(column) : "");
        }
    }

    /** The person's profile with the mapped, non-empty cells of the row put over it. */
    private ProfileData merged(Person person, String fullName, String email, @Nullable String language,
                               @Nullable MexicanState state, String municipality, @Nullable Region region,
                               @Nullable Position position) {
        MexicanState newState = state != null ? state : person.getState();
        Long regionId = region != null ? region.getId() : person.getRegion() == null ? null : person.getRegion().getId();
        Position newPosition = position != null ? position : person.getPosition();
        return new ProfileData(fullName.isEmpty() ? person.getFullName() : fullName, email,
                language != null ? language : person.getPreferredLanguage(), code(newState),
                municipality.isEmpty() ? person.getMunicipality() : municipality, regionId,
                newPosition == null ? null : newPosition.name(),
                person.getCreativeFields().stream().map(Enum::name).collect(Collectors.toSet()));
    }

    private static boolean sameAs(Person person, ProfileData profile) {
        return person.getFullName().equals(profile.fullName().strip())
                && person.getEmail().equals(profile.email())
                && person.getPreferredLanguage().equals(profile.languageTag())
                && Objects.equals(code(person.getState()), profile.stateCode())
                && MunicipalityNames.fold(person.getMunicipality()).equals(MunicipalityNames.fold(profile.municipality()))
                && Objects.equals(person.getRegion() == null ? null : person.getRegion().getId(), profile.regionId())
                && Objects.equals(person.getPosition() == null ? null : person.getPosition().name(),
                profile.positionCode());
    }

    private static @Nullable String code(@Nullable MexicanState state) {
        return state == null ? null : state.name();
    }

    private static @Nullable String blankToNull(String text) {
        return text.isBlank() ? null : text;
    }

    private static ProfileData emptyProfile() {
        return new ProfileData("", "", Languages.SPANISH_TAG, null, null, null, null, Set.of());
    }
}
