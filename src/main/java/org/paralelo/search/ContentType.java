package org.paralelo.search;

import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What a search hit is; also a facet. Course material has its four kinds below; another module's documents bring
 * their own (a {@link SearchSource} names them, e.g. {@code thread}), so the set is open. The code is what the index,
 * the URL parameter and the label key ({@code search.type.<code>}) use.
 */
public record ContentType(String code) {

    // Before the constants below: static fields are set in the order they are written.
    private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9-]{0,29}");
    private static final Set<String> KNOWN = ConcurrentHashMap.newKeySet();

    public static final ContentType COURSE = new ContentType("course");
    public static final ContentType LESSON = new ContentType("lesson");
    public static final ContentType QUIZ = new ContentType("quiz");
    public static final ContentType ATTACHMENT = new ContentType("attachment");

    static {
        Stream.of(COURSE, LESSON, QUIZ, ATTACHMENT).forEach(type -> KNOWN.add(type.code()));
    }

    public ContentType {
        if (!CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("not a content type code: " + code);
        }
    }

    /** The known type with this code: course material's and those of every {@link SearchSource}. */
    public static Optional<ContentType> fromCode(String code) {
        return code != null && KNOWN.contains(code) ? Optional.of(new ContentType(code)) : Optional.empty();
    }

    /** Makes a source's type known (search does it for every source when it starts). */
    static void register(ContentType type) {
        KNOWN.add(type.code());
    }
}
