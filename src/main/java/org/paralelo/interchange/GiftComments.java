package org.paralelo.interchange;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What Moodle 4 keeps in the comments above a GIFT question ({@code // [id:q1] [tag:costos] [tag:precios]}), and
 * the Moodle file references ({@code @@PLUGINFILE@@/grafica.png}) a GIFT file cannot carry.
 *
 * <p>As in Moodle, spaces inside the brackets are trimmed, {@code \]} stands for a bracket, a mark never spans
 * two lines, the first id counts and tags keep their order without repeats.
 */
final class GiftComments {

    /** {@code [id:…]} or {@code [tag:…]}: anything up to an unescaped bracket on the same line. */
    private static final Pattern MARK = Pattern.compile("\\[(id|tag):((?:[^\\]\\\\\\n]|\\\\[^\\n])*)\\]");
    private static final Pattern IMAGE = Pattern.compile("@@PLUGINFILE@@/([^\"'\\s)<>]{1,200})");

    /** The question's id and tags; blank and empty when none was given. */
    record Marks(String idNumber, List<String> tags) {
    }

    private GiftComments() {
    }

    static Marks marks(String comments) {
        String id = "";
        Set<String> tags = new LinkedHashSet<>();
        Matcher mark = MARK.matcher(comments);
        while (mark.find()) {
            String value = mark.group(2).replace("\\]", "]").strip();
            if (value.isEmpty()) {
                continue;
            }
            if (mark.group(1).equals("tag")) {
                tags.add(value);
            } else if (id.isEmpty()) {
                id = value;
            }
        }
        return new Marks(id, List.copyOf(tags));
    }

    /** The names of the Moodle files a question refers to, each once, in order. */
    static List<String> images(String question) {
        Set<String> names = new LinkedHashSet<>();
        Matcher image = IMAGE.matcher(question);
        while (image.find()) {
            names.add(image.group(1));
        }
        return new ArrayList<>(names);
    }
}
