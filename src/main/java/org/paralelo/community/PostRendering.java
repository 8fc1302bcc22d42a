package org.paralelo.community;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.paralelo.base.MarkdownRenderer;
import org.springframework.stereotype.Component;

/**
 * A post's Markdown to the HTML readers see, once when it is written: @mentions of known people become links to
 * them, then the project's sanitising renderer does the rest. Mentions inside code are left alone.
 */
@Component
class PostRendering {

    /** An @ not preceded by a letter, digit or address character, then a username as accounts allow them. */
    static final Pattern MENTION = Pattern.compile("(?<![\\p{L}\\p{N}_.@/`-])@([a-z0-9][a-z0-9._-]{2,59})",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CODE = Pattern.compile("(?s)```.*?```|`[^`\\n]*`");
    private static final Pattern LINK = Pattern.compile("(?i)(https?://|www\\.|\\]\\s*\\(|<a\\s)");

    private static final Pattern OWN_MEDIA = Pattern.compile("/media/(\\d{1,18})/[^/?#]*");

    private static final Pattern OWN_MEDIA_IMAGE = Pattern.compile("!\\[[^\\]\\[]*\\]\\(\\s*/media/\\d+/[^)\\s]*\\s*\\)");

    private final MarkdownRenderer markdown;

    PostRendering(MarkdownRenderer markdown) {
        this.markdown = markdown;
    }

    /** The usernames mentioned, lower case, in order, outside code. */
    static Set<String> mentions(String body) {
        Set<String> found = new LinkedHashSet<>();
        Matcher m = MENTION.matcher(CODE.matcher(body).replaceAll(" "));
        while (m.find()) {
            found.add(trim(m.group(1)).toLowerCase(Locale.ROOT));
        }
        return found;
    }

    /** Whether the text carries a link (new members may not post links on their first day). */
    static boolean hasLink(String body) {
        // An image from our own media store (uploaded with the post) is no link to elsewhere.
        return LINK.matcher(OWN_MEDIA_IMAGE.matcher(body).replaceAll(" ")).find();
    }

    /** Sanitised HTML; the mentions of {@code known} usernames link to their page. No images. */
    String html(String body, Set<String> known) {
        return html(body, known, Set.of());
    }

    /**
     * Sanitised HTML; the mentions of {@code known} usernames link to their page. Images show only from our own
     * media store and only the post's own {@code images}; any other image is replaced by its description.
     */
    String html(String body, Set<String> known, Set<Long> images) {
        StringBuilder out = new StringBuilder();
        Matcher code = CODE.matcher(body);
        int at = 0;
        while (code.find()) {
            out.append(linkMentions(body.substring(at, code.start()), known)).append(code.group());
            at = code.end();
        }
        out.append(linkMentions(body.substring(at), known));
        Document html = Jsoup.parseBodyFragment(markdown.toSafeHtml(out.toString()));
        html.outputSettings(new Document.OutputSettings().prettyPrint(false));
        for (Element image : html.select("img")) {
            Matcher own = OWN_MEDIA.matcher(image.attr("src"));
            if (own.matches() && images.contains(Long.parseLong(own.group(1)))) {
                image.addClass("post-image");
            } else {
                image.replaceWith(new TextNode(image.attr("alt")));
            }
        }
        return html.body().html();
    }

    private static String linkMentions(String text, Set<String> known) {
        Matcher m = MENTION.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = trim(m.group(1));
            String rest = m.group(1).substring(name.length());
            String user = name.toLowerCase(Locale.ROOT);
            String replacement = known.contains(user)
                    ? "[@" + user + "](/" + SpacePaths.member(user) + ")" + rest : m.group();
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** "@ana." ends a sentence: the dot is not part of the name. */
    private static String trim(String name) {
        String trimmed = name;
        while (trimmed.endsWith(".") || trimmed.endsWith("-")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        return trimmed;
    }

    static String excerpt(String body, int max) {
        String plain = MarkdownRenderer.plainText(body);
        return plain.length() <= max ? plain : plain.substring(0, max - 1).strip() + "…";
    }
}
