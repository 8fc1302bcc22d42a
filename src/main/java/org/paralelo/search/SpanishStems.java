package org.paralelo.search;

import java.io.IOException;
import java.util.Arrays;
import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;
import org.tartarus.snowball.ext.SpanishStemmer;

/**
 * Snowball's Spanish stemmer, with each word's stem remembered. Stemming was the largest single cost of indexing
 * (a JFR profile of the 100k benchmark, docs/benchmarks.md), yet a library uses a few tens of thousands of distinct
 * words over and over; a stem depends on the word alone, so looking it up gives exactly the term Snowball gives.
 * <p>
 * Before stemming, the accent of the suffixes Snowball only knows accented is put back, since the accent folding
 * took it off: "organizacion" must stem like "organización" ({@code organiz}), or a word typed without accents and
 * the same word in the text would not meet. Snowball removes the accents again when it is done.
 * <p>
 * The memory belongs to one token stream, which Lucene reuses on one thread only; it is emptied when it reaches
 * {@value #MAX_WORDS} words, so odd text (codes, names, typos) cannot grow it without bound.
 */
final class SpanishStems extends TokenFilter {

    static final int MAX_WORDS = 50_000;

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);
    private final SpanishStemmer stemmer = new SpanishStemmer();
    private final CharArrayMap<char[]> stems = new CharArrayMap<>(4096, false);
    private final int maxWords;

    SpanishStems(TokenStream in) {
        this(in, MAX_WORDS);
    }

    SpanishStems(TokenStream in, int maxWords) {
        super(in);
        this.maxWords = maxWords;
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        if (keyword.isKeyword()) {
            return true;
        }
        char[] buffer = term.buffer();
        int length = term.length();
        char[] stem = stems.get(buffer, 0, length);
        if (stem == null) {
            char[] word = Arrays.copyOf(buffer, length);
            stem = stem(buffer.clone(), length);
            if (stems.size() >= maxWords) {
                stems.clear();
            }
            stems.put(word, stem);
        }
        term.copyBuffer(stem, 0, stem.length);
        return true;
    }

    /** What Snowball makes of one folded word (its suffix accent put back first); {@code word} is overwritten. */
    private char[] stem(char[] word, int length) {
        if (endsWith(word, length, "cion")) {
            word[length - 2] = 'ó';
        } else if (endsWith(word, length, "logia")) {
            word[length - 2] = 'í';
        } else if (endsWith(word, length, "logias")) {
            word[length - 3] = 'í';
        }
        stemmer.setCurrent(word, length);
        stemmer.stem();
        return Arrays.copyOf(stemmer.getCurrentBuffer(), stemmer.getCurrentBufferLength());
    }

    private static boolean endsWith(char[] word, int length, String suffix) {
        if (length <= suffix.length()) {
            return false;
        }
        for (int i = 0; i < suffix.length(); i++) {
            if (word[length - suffix.length() + i] != suffix.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
