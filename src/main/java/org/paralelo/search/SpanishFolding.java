package org.paralelo.search;

import java.io.IOException;
import org.apache.lucene.analysis.CharacterUtils;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.util.ArrayUtil;

/**
 * Lower case and accent folding that keeps ñ: "Gestión", "gestion" and "GESTIÓN" become one term, but "año" stays
 * apart from "ano" (see docs/search.md for the decision). One pass per token: most tokens are plain ASCII and only
 * need their capitals lowered; a token with other letters is lower-cased, its ñ parked on a private-use character
 * while {@link ASCIIFoldingFilter#foldToASCII} folds the rest, then put back.
 */
final class SpanishFolding {

    private static final char PARKED = '\uE000';

    private SpanishFolding() {
    }

    static TokenStream lowerAndFold(TokenStream in) {
        return new Filter(in);
    }

    /** Folds one lower-case string the way the index does (used for stop words and tests). */
    static String fold(String word) {
        char[] chars = word.toCharArray();
        char[] folded = new char[chars.length * 4];
        return new String(folded, 0, foldParkingEnye(chars, chars.length, folded));
    }

    private static int foldParkingEnye(char[] chars, int length, char[] out) {
        for (int i = 0; i < length; i++) {
            if (chars[i] == 'ñ') {
                chars[i] = PARKED;
            }
        }
        int folded = ASCIIFoldingFilter.foldToASCII(chars, 0, out, 0, length);
        for (int i = 0; i < folded; i++) {
            if (out[i] == PARKED) {
                out[i] = 'ñ';
            }
        }
        return folded;
    }

    private static final class Filter extends TokenFilter {

        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private char[] folded = new char[64];

        Filter(TokenStream in) {
            super(in);
        }

        @Override
        public boolean incrementToken() throws IOException {
            if (!input.incrementToken()) {
                return false;
            }
            char[] buffer = term.buffer();
            int length = term.length();
            boolean ascii = true;
            for (int i = 0; i < length; i++) {
                char c = buffer[i];
                if (c >= 0x80) {
                    ascii = false;
                } else if (c >= 'A' && c <= 'Z') {
                    buffer[i] = (char) (c + ('a' - 'A'));
                }
            }
            if (!ascii) {
                CharacterUtils.toLowerCase(buffer, 0, length);
                folded = ArrayUtil.grow(folded, length * 4);
                int size = foldParkingEnye(buffer, length, folded);
                term.copyBuffer(folded, 0, size);
            }
            return true;
        }
    }
}
