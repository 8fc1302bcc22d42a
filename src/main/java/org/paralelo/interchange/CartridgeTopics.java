package org.paralelo.interchange;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.w3c.dom.Element;
import org.xml.sax.SAXException;

/**
 * Web links ({@code imswl}) and discussion topics ({@code imsdt}) of a cartridge, as lessons: a link's lesson
 * holds the link (http, https or mailto only); a topic's lesson holds its text, with a warning that the discussion
 * itself (its replies, its forum) is not brought over.
 */
final class CartridgeTopics {

    private CartridgeTopics() {
    }

    static CoursePackage.@Nullable Item item(String code, String title, String file, byte[] bytes, boolean link,
                                            List<PackageProblem> errors, List<PackageProblem> warnings,
                                            CartridgeLessons lessons) {
        Element root;
        try {
            root = SafeXml.parse(bytes).getDocumentElement();
        } catch (SAXException broken) {
            errors.add(new PackageProblem(file, 0, "interchange.cc.not-xml", SafeXml.excerpt(broken.getMessage())));
            return null;
        }
        String name = title.isBlank() ? SafeXml.text(SafeXml.child(root, "title")) : title;
        name = name.isBlank() ? file : name;
        String markdown;
        if (link) {
            Element url = SafeXml.child(root, "url");
            String href = url == null ? "" : url.getAttribute("href").strip();
            if (!href.toLowerCase(Locale.ROOT).matches("^(https?|mailto):.+")) {
                warnings.add(new PackageProblem(file, 0, "interchange.cc.bad-link", href));
                return null;
            }
            markdown = "[" + HtmlToMarkdown.escapePlain(name) + "](<" + href.replace(">", "%3E").replace(" ", "%20")
                    + ">)";
        } else {
            Element text = SafeXml.child(root, "text");
            String body = SafeXml.text(text);
            boolean html = text != null && text.getAttribute("texttype").toLowerCase(Locale.ROOT).contains("html");
            markdown = html ? lessons.page(file, body.getBytes(StandardCharsets.UTF_8))
                    : HtmlToMarkdown.escapePlain(body);
            warnings.add(new PackageProblem(file, 0, "interchange.cc.discussion-as-lesson", name));
        }
        return new CoursePackage.Item(code, false, name, file, true, markdown.isBlank() ? name : markdown,
                List.of(), null);
    }
}
