package org.paralelo.interchange;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3c.dom.Element;

/**
 * The files one Moodle XML question text carries ({@code <file name="…" encoding="base64">}) and the links to
 * them ({@code @@PLUGINFILE@@/name}, URL-encoded). Each file referenced becomes a package media path under the
 * question's own prefix, so two questions with an {@code image.png} each keep both; the bytes are only decoded
 * here — the media library checks them when the import stores them. A link to a file the question does not carry
 * is removed with a warning, and so is a file that is not valid base64.
 */
final class MoodleFiles {

    /** Up to the quote or bracket that ends the link; Moodle encodes spaces, but a hand-edited file may not. */
    private static final Pattern PLUGIN_LINK = Pattern.compile("@@PLUGINFILE@@/([^\"'()<>?#\\r\\n]+)");

    private final String prefix;
    private final List<GiftProblem> notes;
    private final Map<String, byte[]> files = new LinkedHashMap<>();

    MoodleFiles(String prefix, List<GiftProblem> notes) {
        this.prefix = prefix;
        this.notes = notes;
    }

    /** The files linked so far: package path ({@code media/moodle/q3-plano.png}) → bytes. */
    Map<String, byte[]> files() {
        return files;
    }

    /** The text with each {@code @@PLUGINFILE@@} link pointing at its package path. */
    String relink(String text, List<Element> embedded) {
        Map<String, Element> byName = new HashMap<>();
        embedded.forEach(f -> byName.put(f.getAttribute("name"), f));
        Matcher link = PLUGIN_LINK.matcher(text);
        StringBuilder out = new StringBuilder();
        while (link.find()) {
            String raw = link.group(1);
            String name = URLDecoder.decode(raw.strip().replace("+", "%2B"), StandardCharsets.UTF_8);
            String trailing = raw.substring(raw.stripTrailing().length());
            link.appendReplacement(out, Matcher.quoteReplacement(path(name, byName.get(name)) + trailing));
        }
        link.appendTail(out);
        return out.toString();
    }

    private String path(String name, Element file) {
        if (file == null) {
            notes.add(new GiftProblem(0, "interchange.moodlexml.missing-file", name));
            return "";
        }
        String path = prefix + name.replaceAll("[^A-Za-z0-9._-]", "-");
        if (!files.containsKey(path)) {
            try {
                files.put(path, Base64.getDecoder().decode(file.getTextContent().replaceAll("\\s", "")));
            } catch (IllegalArgumentException notBase64) {
                notes.add(new GiftProblem(0, "interchange.moodlexml.bad-file", name));
                return "";
            }
        }
        return path;
    }
}
