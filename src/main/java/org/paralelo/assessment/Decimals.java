package org.paralelo.assessment;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Numbers as people type them: a decimal comma or a decimal point ("3,5" and "3.5"), an optional sign, no
 * thousands separators (in "1,000" the comma would be ambiguous) and no words ("doce" is not a number).
 */
final class Decimals {

    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d{1,30}([.,]\\d{1,30})?|[.,]\\d{1,30})");

    private Decimals() {
    }

    static Optional<BigDecimal> parse(String text) {
        String value = text.strip();
        if (!NUMBER.matcher(value).matches()) {
            return Optional.empty();
        }
        return Optional.of(new BigDecimal(value.replace(',', '.')));
    }
}
