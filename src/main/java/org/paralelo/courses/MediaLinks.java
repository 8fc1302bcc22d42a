package org.paralelo.courses;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the stored files a lesson links to. Uploads are inserted as relative links {@code media/<id>/<name>},
 * so the ids can be read back from the Markdown without parsing it.
 */
final class MediaLinks {

    private static final Pattern LINK = Pattern.compile("(?<![\\w/.-])media/(\\d{1,18})/");

    private MediaLinks() {
    }

    static Set<Long> idsIn(String markdown) {
        Set<Long> ids = new LinkedHashSet<>();
        Matcher matcher = LINK.matcher(markdown == null ? "" : markdown);
        while (matcher.find()) {
            ids.add(Long.parseLong(matcher.group(1)));
        }
        return ids;
    }
}
