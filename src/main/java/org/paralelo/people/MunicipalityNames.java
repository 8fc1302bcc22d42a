package org.paralelo.people;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Municipality names as people type them: "Oaxaca de Juárez", "oaxaca de juarez" and " Oaxaca  de Juárez " are one
 * municipality. Names are compared folded (case, accents and spacing ignored) and stored in the first spelling the
 * state already has, so lists, filters and reports count each municipality once.
 */
public final class MunicipalityNames {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private MunicipalityNames() {
    }

    /** The name as compared: lower case, without accents, single spaces; empty for a blank name. */
    public static String fold(@Nullable String name) {
        if (name == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(name, Normalizer.Form.NFD);
        return SPACES.matcher(MARKS.matcher(decomposed).replaceAll("")).replaceAll(" ").strip()
                .toLowerCase(Locale.ROOT);
    }

    /**
     * The spelling to store: the known spelling that folds the same, else the typed name with its spacing tidied;
     * null for a blank name.
     */
    static @Nullable String canonical(@Nullable String typed, List<String> known) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        String folded = fold(typed);
        return known.stream().filter(k -> fold(k).equals(folded)).findFirst()
                .orElse(SPACES.matcher(typed).replaceAll(" ").strip());
    }
}
