package org.paralelo.interchange;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Turns a cartridge's web content into lesson Markdown: links and images that point at files of the cartridge
 * (relative to the page, or through Canvas's and Moodle's {@code $IMS-CC-FILEBASE$}) are rewritten to
 * {@code media/…} and the files collected, so the import stores them in the media library with its usual byte
 * checks; everything then goes through {@link HtmlToMarkdown}, which sanitises it.
 */
final class CartridgeLessons {

    /** Where Canvas keeps the files {@code $IMS-CC-FILEBASE$} points at. */
    static final String FILE_BASE = "web_resources/";
    private static final String FILE_BASE_TOKEN = "$IMS-CC-FILEBASE$";

    private final PackageFiles files;
    private final Map<String, byte[]> media;
    private final List<PackageProblem> warnings;
    /** Cartridge path → its media key, so each file is collected once and no two files share a key. */
    private final Map<String, String> keys = new HashMap<>();

    CartridgeLessons(PackageFiles files, Map<String, byte[]> media, List<PackageProblem> warnings) {
        this.files = files;
        this.media = media;
        this.warnings = warnings;
    }

    /** The Markdown of an HTML page of the cartridge. */
    String page(String path, byte[] bytes) {
        Document html = Jsoup.parse(new String(bytes, StandardCharsets.UTF_8));
        relink(path, html.body(), "a", "href");
        relink(path, html.body(), "img", "src");
        return HtmlToMarkdown.markdown(html.body().html());
    }

    /** A lesson that offers one file of the cartridge (a PDF, a document) as a download. */
    String download(String path, String title) {
        String link = media(path, path);
        return link == null ? "" : "[" + HtmlToMarkdown.escapePlain(title.isBlank() ? name(path) : title) + "]("
                + link + ")";
    }

    private void relink(String page, Element body, String tag, String attribute) {
        for (Element element : body.select(tag + "[" + attribute + "]")) {
            String target = element.attr(attribute).strip();
            if (leaves(target)) {
                continue;
            }
            String path = resolve(page, target);
            String link = path == null ? null : media(page, path);
            if (link != null) {
                element.attr(attribute, link);
            } else if (tag.equals("a")) {
                // A link into the cartridge that leads nowhere here: its text stays, the link goes.
                element.unwrap();
            } else {
                element.remove();
            }
        }
    }

    /** Links that leave the cartridge (http, mailto, anchors) or name a course object (Canvas's $…$ references). */
    private static boolean leaves(String link) {
        return link.isEmpty() || link.startsWith("#") || link.startsWith("//")
                || link.matches("^[A-Za-z][A-Za-z0-9+.-]*:.*") || link.startsWith("$") && !link.startsWith("$IMS")
                || link.startsWith("%24") && !link.startsWith("%24IMS");
    }

    /** The cartridge path a link points at; null for links that leave the cartridge (http, mailto, anchors). */
    static @Nullable String resolve(String page, String link) {
        String target = URLDecoder.decode(link.replace("+", "%2B"), StandardCharsets.UTF_8);
        int cut = indexOfAny(target, '?', '#');
        if (cut >= 0) {
            target = target.substring(0, cut);
        }
        if (target.isEmpty() || target.matches("^[A-Za-z][A-Za-z0-9+.-]*:.*") || target.startsWith("//")) {
            return null;
        }
        String base;
        if (target.startsWith(FILE_BASE_TOKEN)) {
            target = target.substring(FILE_BASE_TOKEN.length()).replaceFirst("^/", "");
            base = FILE_BASE;
        } else if (target.startsWith("$") || target.startsWith("/")) {
            return null; // Canvas object references ($WIKI_REFERENCE$…) and absolute server paths
        } else {
            base = page.contains("/") ? page.substring(0, page.lastIndexOf('/') + 1) : "";
        }
        Deque<String> parts = new ArrayDeque<>();
        for (String segment : (base + target).split("/")) {
            if (segment.equals("..")) {
                if (parts.isEmpty()) {
                    return null;
                }
                parts.removeLast();
            } else if (!segment.isEmpty() && !segment.equals(".")) {
                parts.addLast(segment);
            }
        }
        return String.join("/", parts);
    }

    /** The {@code media/…} link for a cartridge file, collecting it; null (and a warning) when it cannot be. */
    private @Nullable String media(String page, String path) {
        byte[] bytes = files.read(path).orElse(null);
        if (bytes == null) {
            warnings.add(new PackageProblem(page, 0, "interchange.cc.missing-file", path));
            return null;
        }
        String lower = path.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".html") || lower.endsWith(".htm") || lower.endsWith(".xml") || lower.endsWith(".svg")) {
            // Another page, or XML that can carry code: not a file the media library accepts.
            warnings.add(new PackageProblem(page, 0, "interchange.cc.link-not-imported", path));
            return null;
        }
        return keys.computeIfAbsent(path, p -> {
            String key = uniqueKey("media/" + p.replaceAll("[^A-Za-z0-9._/-]", "-"));
            media.put(key, bytes);
            return key;
        });
    }

    /** {@code logo azul.png} and {@code logo-azul.png} both sanitise to {@code logo-azul.png}: the second gets a number. */
    private String uniqueKey(String key) {
        String unique = key;
        int dot = key.lastIndexOf('.') > key.lastIndexOf('/') ? key.lastIndexOf('.') : key.length();
        for (int n = 2; media.containsKey(unique); n++) {
            unique = key.substring(0, dot) + "-" + n + key.substring(dot);
        }
        return unique;
    }

    private static String name(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    private static int indexOfAny(String text, char a, char b) {
        int i = text.indexOf(a);
        int j = text.indexOf(b);
        return i < 0 ? j : j < 0 ? i : Math.min(i, j);
    }
}
