package org.paralelo.base;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Safelist;
import org.springframework.stereotype.Component;

/**
 * CommonMark (with tables) to HTML that is safe to show: rendered on the server, then cleaned with a jsoup
 * allow-list. Scripts, event handlers and every URL scheme but http, https and mailto are removed; images load
 * lazily for slow connections, and images from other sites only when clicked (in a new tab, without referrer).
 */
@Component
public class MarkdownRenderer {

    private static final Pattern HOST = Pattern.compile("^https?://(?:[^@/]*@)?([^/:?#]+)");
    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());
    private static final Safelist ALLOWED = Safelist.relaxed()
            .removeProtocols("a", "href", "ftp")
            .preserveRelativeLinks(true)
            .addAttributes("th", "align")
            .addAttributes("td", "align");

    // Both are immutable and thread-safe, so one pair serves every caller.
    private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().extensions(EXTENSIONS).escapeHtml(true)
            .sanitizeUrls(true).build();

    /** Cleaned like {@link #clean}, and images from other sites wait behind a click. */
    public String toSafeHtml(String markdown) {
        String html = RENDERER.render(PARSER.parse(markdown == null ? "" : markdown));
        Document document = Jsoup.parseBodyFragment(clean(html));
        document.outputSettings(new Document.OutputSettings().prettyPrint(false));
        document.select("img").forEach(MarkdownRenderer::keepRemoteImageBehindClick);
        return document.body().html();
    }

    /** The words a reader sees, without Markdown marks, on one line: for lists, dropdowns and labels. */
    public static String plainText(String markdown) {
        String html = RENDERER.render(PARSER.parse(markdown == null ? "" : markdown));
        return Jsoup.parseBodyFragment(html).text().replaceAll("\\s+", " ").strip();
    }

    /** Cleans HTML from any source against the same allow-list. */
    public static String clean(String html) {
        Document.OutputSettings output = new Document.OutputSettings().prettyPrint(false);
        Document document = Jsoup.parseBodyFragment(Jsoup.clean(html, "https://paralelo.invalid/", ALLOWED, output));
        document.outputSettings(output);
        document.select("img").attr("loading", "lazy");
        document.select("a[href]").attr("rel", "noopener noreferrer nofollow");
        return document.body().html();
    }

    /**
     * An image from another site would tell that site who reads the page and when: it becomes a link that opens
     * the image only when clicked, without a referrer. Images from our media store (relative paths) stay.
     */
    private static void keepRemoteImageBehindClick(Element image) {
        String source = image.attr("src");
        if (!source.startsWith("http://") && !source.startsWith("https://")) {
            return;
        }
        Matcher hostPart = HOST.matcher(source);
        String host = hostPart.find() ? hostPart.group(1) : source;
        String label = image.attr("alt").isBlank() ? host : image.attr("alt") + " (" + host + ")";
        Element link = new Element("a").attr("href", source).addClass("remote-image").attr("target", "_blank")
                .attr("rel", "noopener noreferrer nofollow").attr("referrerpolicy", "no-referrer").text(label);
        image.replaceWith(link);
    }
}
