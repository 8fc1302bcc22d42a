package org.paralelo.assessment.ui;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;

/** Scores and percentages as the person's language writes them ("3,5" in Spanish, "3.5" in English). */
final class QuizNumbers {

    private QuizNumbers() {
    }

    /** Up to two decimals. */
    static String plain(BigDecimal value, Locale locale) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(2);
        return format.format(value);
    }
}
