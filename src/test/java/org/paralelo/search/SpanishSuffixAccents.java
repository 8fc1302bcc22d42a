package org.paralelo.search;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The reference for {@link SpanishStems} (the filter the index used before stems were remembered): puts back the
 * accent of the suffixes Snowball's Spanish stemmer only knows accented, after the accent folding took it off:
 * "organizacion" must stem like "organización" ({@code organiz}), or a word typed without accents and the same
 * word in the text would not meet. Snowball removes the accents again when it is done.
 */
final class SpanishSuffixAccents extends TokenFilter {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

    SpanishSuffixAccents(TokenStream in) {
        super(in);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        int length = term.length();
        char[] buffer = term.buffer();
        if (endsWith(buffer, length, "cion")) {
            buffer[length - 2] = 'ó';
        } else if (endsWith(buffer, length, "logia")) {
            buffer[length - 2] = 'í';
        } else if (endsWith(buffer, length, "logias")) {
            buffer[length - 3] = 'í';
        }
        return true;
    }

    private static boolean endsWith(char[] buffer, int length, String suffix) {
        if (length <= suffix.length()) {
            return false;
        }
        for (int i = 0; i < suffix.length(); i++) {
            if (buffer[length - suffix.length() + i] != suffix.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
