package org.paralelo.people;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.paralelo.base.Languages;
import org.springframework.context.MessageSource;

/**
 * Reads states, positions and languages as people write them in a spreadsheet: the code ({@code OAX},
 * {@code MUNICIPAL_CULTURE_DIRECTOR}) or the name in Spanish or English, ignoring case and accents.
 */
final class ImportLabels {

    private final Map<String, MexicanState> states = new HashMap<>();
    private final Map<String, Position> positions = new HashMap<>();
    private final Map<String, String> languages = new HashMap<>();

    ImportLabels(MessageSource messages) {
        index(states, MexicanState.values(), MexicanState::messageKey, messages);
        index(positions, Position.values(), Position::messageKey, messages);
        for (String spanish : new String[] {"es", "es-mx", "espanol", "spanish", "castellano"}) {
            languages.put(spanish, Languages.SPANISH_TAG);
        }
        for (String english : new String[] {"en", "en-us", "en-gb", "ingles", "english"}) {
            languages.put(english, Languages.ENGLISH_TAG);
        }
    }

    private static <E extends Enum<E>> void index(Map<String, E> into, E[] values, Function<E, String> key,
                                                  MessageSource messages) {
        for (E value : values) {
            into.put(fold(value.name()), value);
            for (var locale : Languages.SUPPORTED) {
                String label = fold(messages.getMessage(key.apply(value), null, value.name(), locale));
                // "Director(a) de cultura municipal" is written "Director de…" or "Directora de…".
                into.putIfAbsent(label, value);
                into.putIfAbsent(label.replace("(a)", ""), value);
                into.putIfAbsent(label.replace("o(a)", "a").replace("(a)", "a"), value);
            }
        }
    }

    Optional<MexicanState> state(String text) {
        return Optional.ofNullable(states.get(fold(text)));
    }

    Optional<Position> position(String text) {
        return Optional.ofNullable(positions.get(fold(text)));
    }

    Optional<String> languageTag(String text) {
        return Optional.ofNullable(languages.get(fold(text)));
    }

    static String fold(String text) {
        return MunicipalityNames.fold(text.replace('_', ' '));
    }
}
