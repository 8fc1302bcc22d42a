package org.paralelo.courses;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.paralelo.base.MarkdownRenderer;
import org.springframework.stereotype.Component;

/**
 * Lesson Markdown to safe HTML, plus Paralelo's light video cards: a paragraph holding only a YouTube, Vimeo or
 * MP4 link, or only such an address pasted as plain text (what the toolbar's "Video" button inserts), becomes a
 * card that loads the player only when clicked, so a lesson with three videos costs a slow connection nothing
 * until the learner chooses to watch. The card carries a provider and a validated id, never a
 * URL the browser would load by itself.
 */
@Component
public class LessonRenderer {

    private static final Pattern YOUTUBE = Pattern.compile(
            "https?://(?:www\\.|m\\.)?(?:youtube\\.com/watch\\?(?:.*&)?v=|youtu\\.be/)([A-Za-z0-9_-]{11})(?:[&?#].*)?");
    private static final Pattern VIMEO = Pattern.compile("https?://(?:www\\.)?vimeo\\.com/(\\d{1,12})(?:[/?#].*)?");
    private static final Pattern MP4 = Pattern.compile("https://[^\\s\"'<>]+\\.mp4");
    /** A pasted address on its own line: CommonMark without autolinks leaves it as plain text. */
    private static final Pattern BARE_URL = Pattern.compile("https?://[^\\s\"'<>]+");

    /**
     * Browser glue for the video cards, run with the lesson's container as {@code $0}: a click replaces the card
     * with the player. The URL is built here from a provider and an id checked again in the browser, so no markup
     * from a lesson can choose what gets loaded. Shared by the lesson editor's preview and the lesson player.
     */
    public static final String VIDEO_CARD_SCRIPT = """
            $0.querySelectorAll('.video-card:not([data-ready])').forEach(card => {
              card.setAttribute('data-ready', '');
              const button = card.querySelector('.video-play');
              button.addEventListener('click', () => {
                const provider = card.dataset.provider, id = card.dataset.video;
                let player;
                if (provider === 'youtube' && /^[A-Za-z0-9_-]{11}$/.test(id)) {
                  player = document.createElement('iframe');
                  player.src = 'https://www.youtube-nocookie.com/embed/' + id + '?autoplay=1';
                } else if (provider === 'vimeo' && /^[0-9]{1,12}$/.test(id)) {
                  player = document.createElement('iframe');
                  player.src = 'https://player.vimeo.com/video/' + id + '?autoplay=1';
                } else if (provider === 'mp4' && id.startsWith('https://')) {
                  player = document.createElement('video');
                  player.controls = true;
                  player.autoplay = true;
                  player.src = id;
                } else {
                  return;
                }
                if (player.tagName === 'IFRAME') {
                  player.allow = 'autoplay; fullscreen; picture-in-picture';
                  player.allowFullscreen = true;
                  player.title = button.textContent;
                }
                player.className = 'video-player';
                card.replaceWith(player);
              }, {once: true});
            });
            """;

    private final MarkdownRenderer markdown;

    LessonRenderer(MarkdownRenderer markdown) {
        this.markdown = markdown;
    }

    public String render(String source) {
        Document html = Jsoup.parseBodyFragment(markdown.toSafeHtml(source));
        html.outputSettings().prettyPrint(false);
        for (Element paragraph : html.select("p")) {
            Element onlyLink = paragraph.children().size() == 1 && paragraph.ownText().isBlank()
                    ? paragraph.child(0) : null;
            Element card = null;
            if (onlyLink != null && onlyLink.tagName().equals("a")) {
                card = videoCard(onlyLink.attr("href"), onlyLink.text());
            } else if (paragraph.children().isEmpty() && BARE_URL.matcher(paragraph.text().strip()).matches()) {
                String url = paragraph.text().strip();
                card = videoCard(url, url);
            }
            if (card != null) {
                paragraph.replaceWith(card);
            }
        }
        return html.body().html();
    }

    private static Element videoCard(String href, String label) {
        String provider;
        String id;
        Matcher m;
        if ((m = YOUTUBE.matcher(href)).matches()) {
            provider = "youtube";
            id = m.group(1);
        } else if ((m = VIMEO.matcher(href)).matches()) {
            provider = "vimeo";
            id = m.group(1);
        } else if (MP4.matcher(href).matches()) {
            provider = "mp4";
            id = href;
        } else {
            return null;
        }
        Element card = new Element("div").addClass("video-card")
                .attr("data-provider", provider).attr("data-video", id);
        card.appendElement("button").attr("type", "button").addClass("video-play")
                .text("▶ " + (label.isBlank() || label.equals(href) ? "Video" : label));
        card.appendElement("a").attr("href", href).attr("rel", "noopener noreferrer nofollow")
                .addClass("video-link").text(href);
        return card;
    }
}
