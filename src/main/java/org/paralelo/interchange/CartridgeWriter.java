package org.paralelo.interchange;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.paralelo.assessment.QuizSettings;
import org.paralelo.base.MarkdownRenderer;

/**
 * Writes a course as an IMS Common Cartridge 1.3: {@code imsmanifest.xml} with one organisation (a folder per
 * module), one HTML page per lesson ({@code pages/<code>.html}, rendered from its Markdown and sanitised), the
 * files the lessons link to under {@code web_resources/} (linked relatively, listed in one shared web content
 * resource every page depends on), and one CC-profile QTI file per quiz and for the bank's other questions.
 * Questions of a type the CC profile lacks are left out of the QTI and listed in {@link Written#lost()}.
 */
final class CartridgeWriter {

    private static final Parser PARSER = Parser.builder().extensions(List.of(TablesExtension.create())).build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder()
            .extensions(List.of(TablesExtension.create())).escapeHtml(true).sanitizeUrls(true).build();
    private static final String FILES_RESOURCE = "web-resources";

    /** The cartridge's files, and what could not go into it (each naming the quiz file and the question). */
    record Written(Map<String, byte[]> files, List<PackageProblem> lost) {
    }

    private CartridgeWriter() {
    }

    static Written write(CoursePackage pkg) {
        Map<String, byte[]> files = new TreeMap<>();
        List<PackageProblem> lost = new ArrayList<>();
        StringBuilder items = new StringBuilder();
        StringBuilder resources = new StringBuilder();
        for (CoursePackage.Module module : pkg.modules()) {
            items.append("      <item identifier=\"").append(id(module.code())).append("\">\n")
                    .append("        <title>").append(Xml.text(module.title())).append("</title>\n");
            for (CoursePackage.Item item : module.items()) {
                String ref = "res-" + item.code();
                items.append("        <item identifier=\"").append(id(item.code())).append("\" identifierref=\"")
                        .append(ref).append("\">\n          <title>").append(Xml.text(item.title()))
                        .append("</title>\n        </item>\n");
                if (item.quiz()) {
                    String file = "quizzes/" + item.code() + ".xml";
                    files.put(file, utf8(CartridgeQti.assessment(item.code(), item.title(), item.questions(),
                            item.settings() == null ? QuizSettings.defaults() : item.settings(),
                            file, lost)));
                    resources.append(resource(ref, "imsqti_xmlv1p2/imscc_xmlv1p3/assessment", null, file, false));
                } else {
                    String file = "pages/" + item.code() + ".html";
                    files.put(file, utf8(page(item.title(), item.markdown() == null ? "" : item.markdown())));
                    resources.append(resource(ref, "webcontent", file, file, !pkg.media().isEmpty()));
                }
            }
            items.append("      </item>\n");
        }
        if (!pkg.bank().isEmpty()) {
            String file = "quizzes/bank.xml";
            files.put(file, utf8(CartridgeQti.bank(pkg.bank(), file, lost)));
            resources.append(resource("res-bank", "imsqti_xmlv1p2/imscc_xmlv1p3/question-bank", null, file, false));
        }
        if (!pkg.media().isEmpty()) {
            resources.append("    <resource identifier=\"").append(FILES_RESOURCE).append("\" type=\"webcontent\">\n");
            pkg.media().forEach((path, bytes) -> {
                files.put("web_resources/" + path, bytes);
                resources.append("      <file href=\"").append(Xml.attribute("web_resources/" + path))
                        .append("\"/>\n");
            });
            resources.append("    </resource>\n");
        }
        files.put(CartridgeManifest.FILE, utf8(manifest(pkg, items, resources)));
        return new Written(files, lost);
    }

    private static String manifest(CoursePackage pkg, CharSequence items, CharSequence resources) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <manifest identifier="%s" xmlns="http://www.imsglobal.org/xsd/imsccv1p3/imscp_v1p1"
                    xmlns:lomimscc="http://ltsc.ieee.org/xsd/imsccv1p3/LOM/manifest"
                    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                    xsi:schemaLocation="http://www.imsglobal.org/xsd/imsccv1p3/imscp_v1p1 \
                http://www.imsglobal.org/profile/cc/ccv1p3/ccv1p3_imscp_v1p2_v1p0.xsd \
                http://ltsc.ieee.org/xsd/imsccv1p3/LOM/manifest \
                http://www.imsglobal.org/profile/cc/ccv1p3/LOM/ccv1p3_lommanifest_v1p0.xsd">
                  <metadata>
                    <schema>IMS Common Cartridge</schema>
                    <schemaversion>1.3.0</schemaversion>
                    <lomimscc:lom>
                      <lomimscc:general>
                        <lomimscc:title><lomimscc:string>%s</lomimscc:string></lomimscc:title>
                        <lomimscc:language>%s</lomimscc:language>
                        <lomimscc:description><lomimscc:string>%s</lomimscc:string></lomimscc:description>
                      </lomimscc:general>
                %s    </lomimscc:lom>
                  </metadata>
                  <organizations>
                    <organization identifier="org" structure="rooted-hierarchy">
                    <item identifier="root">
                %s    </item>
                    </organization>
                  </organizations>
                  <resources>
                %s  </resources>
                </manifest>
                """.formatted(id(pkg.code()), Xml.text(pkg.title()), Xml.text(pkg.language()),
                Xml.text(pkg.summary()), learningTime(pkg.estimatedHours()), items, resources);
    }

    private static String resource(String id, String type, String href, String file, boolean usesFiles) {
        return "    <resource identifier=\"" + id + "\" type=\"" + type + "\""
                + (href == null ? "" : " href=\"" + Xml.attribute(href) + "\"") + ">\n"
                + "      <file href=\"" + Xml.attribute(file) + "\"/>\n"
                + (usesFiles ? "      <dependency identifierref=\"" + FILES_RESOURCE + "\"/>\n" : "")
                + "    </resource>\n";
    }


    /** The estimated hours as LOM's typical learning time ({@code PT12H}), which Moodle and Canvas can show. */
    private static String learningTime(int hours) {
        return hours <= 0 ? "" : "          <lomimscc:educational><lomimscc:typicalLearningTime><lomimscc:duration>PT"
                + hours + "H</lomimscc:duration></lomimscc:typicalLearningTime></lomimscc:educational>\n";
    }
    /** A lesson as a standalone HTML page; its {@code media/…} links point at the files relatively. */
    static String page(String title, String markdown) {
        Matcher link = PackageReader.MEDIA_LINK.matcher(markdown);
        String relinked = link.replaceAll(m -> Matcher.quoteReplacement("../web_resources/media/" + m.group(1)));
        String body = MarkdownRenderer.clean(RENDERER.render(PARSER.parse(relinked)));
        return """
                <!DOCTYPE html>
                <html>
                <head>
                <meta charset="utf-8">
                <title>%s</title>
                </head>
                <body>
                %s
                </body>
                </html>
                """.formatted(Xml.text(title), body);
    }

    /** An XML ID: a letter first, then letters, digits, hyphens, dots and underscores. */
    static String id(String code) {
        return "i-" + code.replaceAll("[^A-Za-z0-9._-]", "_");
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** Escaping for XML text and attribute values. */
    static final class Xml {
        private Xml() {
        }

        static String text(String value) {
            return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
        }

        static String attribute(String value) {
            return text(value).replace("\"", "&quot;");
        }
    }
}
