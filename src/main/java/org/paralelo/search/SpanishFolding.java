package org.paralelo.search;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Accent folding that keeps ñ: "Gestión", "gestion" and "GESTIÓN" become one term, but "año" stays apart from
 * "ano" (see docs/search.md for the decision). Lower-case input expected. The ñ is parked on a private-use
 * character while {@link ASCIIFoldingFilter} folds everything else, then put back.
 */
final class SpanishFolding {

    private static final char PARKED = '\uE000';

    private SpanishFolding() {
    }

    static TokenStream fold(TokenStream in) {
        return new Swap(new ASCIIFoldingFilter(new Swap(in, 'ñ', PARKED)), PARKED, 'ñ');
    }

    /** Folds one string the way the index does (used for stop words and tests). */
    static String fold(String word) {
        StringBuilder out = new StringBuilder(word.length());
        char[] chars = word.replace('ñ', PARKED).toCharArray();
        char[] folded = new char[chars.length * 4];
        int length = ASCIIFoldingFilter.foldToASCII(chars, 0, folded, 0, chars.length);
        out.append(folded, 0, length);
        return out.toString().replace(PARKED, 'ñ');
    }

    private static final class Swap extends TokenFilter {

        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final char from;
        private final char to;

        Swap(TokenStream in, char from, char to) {
            super(in);
            this.from = from;
            this.to = to;
        }

        @Override
        public boolean incrementToken() throws IOException {
            if (!input.incrementToken()) {
                return false;
            }
            char[] buffer = term.buffer();
            for (int i = 0; i < term.length(); i++) {
                if (buffer[i] == from) {
                    buffer[i] = to;
                }
            }
            return true;
        }
    }
}
