package org.paralelo.interchange;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.paralelo.base.MarkdownRenderer;

/**
 * Turns imported HTML (GIFT's {@code [html]} format) into what Paralelo shows: CommonMark for texts rendered as
 * Markdown (question texts), plain text for texts shown as they are (options, pairs, feedback). Plain text can also
 * be escaped so that Markdown shows it literally (GIFT's {@code [plain]} format).
 *
 * <p>The HTML is first cleaned with the allow-list that rendered Markdown goes through, so scripts, styles, event
 * handlers and unsafe links never reach the output. What Markdown can say is kept: paragraphs, line breaks,
 * headings, bold, italics, code, preformatted blocks, quotes, lists (nested too), links, images and simple tables;
 * the text of everything else (underline, sub- and superscript, spans, fonts) is kept without its formatting.
 * Beyond {@value #MAX_DEPTH} nested elements the rest is kept as plain text, so hostile nesting can neither exhaust
 * the stack nor make cleaning slow.
 */
final class HtmlToMarkdown {

    /** Characters that Markdown could read as syntax anywhere in a line. */
    private static final String INLINE_SPECIALS = "\\`*_[]<>&|";
    /** A line start Markdown could read as a heading, list item, quote, rule, setext underline or fence. */
    private static final Pattern BLOCK_START = Pattern.compile("^(#{1,6}(?=\\s|$)|[-+=~]|\\d{1,9}(?=[.)]))");
    private static final Pattern SPACES = Pattern.compile("[ \\t\\x0B\\f\\r\\u00A0]+");
    private static final String HARD_BREAK = "\\\n";
    /** How deep elements are converted; deeper content keeps only its text. */
    static final int MAX_DEPTH = 40;

    private HtmlToMarkdown() {
    }

    /** Safe CommonMark for the HTML; blocks are separated by blank lines. */
    static String markdown(String html) {
        return String.join("\n\n", blocks(body(html), 0));
    }

    /** The text of the HTML: blocks and line breaks become new lines, runs of spaces one space. */
    static String plain(String html) {
        StringBuilder out = new StringBuilder();
        NodeTraversor.traverse(new PlainText(out), body(html));
        List<String> lines = new ArrayList<>();
        for (String line : out.toString().split("\n", -1)) {
            lines.add(SPACES.matcher(line).replaceAll(" ").strip());
        }
        return String.join("\n", lines).replaceAll("\n{3,}", "\n\n").strip();
    }

    /**
     * Plain text as Markdown that shows it as it is: special characters escaped, line breaks kept as hard breaks,
     * blank lines as paragraph breaks.
     */
    static String escapePlain(String text) {
        List<String> paragraphs = new ArrayList<>();
        for (String paragraph : text.strip().split("\\n\\s*\\n")) {
            List<String> lines = new ArrayList<>();
            for (String line : paragraph.split("\n")) {
                if (!line.isBlank()) {
                    lines.add(escapeLineStart(escape(line.strip())));
                }
            }
            if (!lines.isEmpty()) {
                paragraphs.add(String.join(HARD_BREAK, lines));
            }
        }
        return String.join("\n\n", paragraphs);
    }

    /**
     * The HTML parsed and cleaned. Elements nested deeper than {@value #MAX_DEPTH} are first replaced by their
     * text: cleaning deep nesting costs more than linear time.
     */
    private static Element body(String html) {
        Document parsed = Jsoup.parseBodyFragment(html == null ? "" : html);
        parsed.outputSettings().prettyPrint(false);
        List<Element> tooDeep = new ArrayList<>();
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (depth > MAX_DEPTH && node instanceof Element element) {
                    tooDeep.add(element);
                    return FilterResult.SKIP_ENTIRELY;
                }
                return FilterResult.CONTINUE;
            }
        }, parsed.body());
        tooDeep.forEach(element -> element.replaceWith(new TextNode(element.text())));
        return Jsoup.parseBodyFragment(MarkdownRenderer.clean(parsed.body().html())).body();
    }

    // ---- Markdown blocks -------------------------------------------------------------------------------------

    /** The Markdown blocks of an element's children: block elements as blocks, runs of inline content as paragraphs. */
    private static List<String> blocks(Element parent, int depth) {
        List<String> blocks = new ArrayList<>();
        StringBuilder inline = new StringBuilder();
        if (depth > MAX_DEPTH) {
            inline.append(escape(parent.text()));
            paragraph(inline, blocks);
            return blocks;
        }
        for (Node child : parent.childNodes()) {
            if (child instanceof Element element && isBlock(element)) {
                paragraph(inline, blocks);
                block(element, blocks, depth + 1);
            } else {
                inline(child, inline, depth + 1);
            }
        }
        paragraph(inline, blocks);
        return blocks;
    }

    private static boolean isBlock(Element element) {
        return switch (element.normalName()) {
            case "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "blockquote", "pre", "table",
                 "dl", "dt", "dd", "caption", "thead", "tbody", "tfoot", "tr" -> true;
            default -> false;
        };
    }

    private static void block(Element element, List<String> blocks, int depth) {
        String name = element.normalName();
        switch (name) {
            case "h1", "h2", "h3", "h4", "h5", "h6" -> {
                String text = oneLine(element, depth);
                if (!text.isEmpty()) {
                    blocks.add("#".repeat(name.charAt(1) - '0') + " " + text);
                }
            }
            case "ul", "ol" -> {
                String list = list(element, depth);
                if (!list.isEmpty()) {
                    blocks.add(list);
                }
            }
            case "blockquote" -> {
                List<String> inner = blocks(element, depth);
                if (!inner.isEmpty()) {
                    blocks.add(prefixLines(String.join("\n\n", inner), "> ", ">"));
                }
            }
            case "pre" -> {
                String code = element.wholeText().replaceAll("\\n$", "");
                if (!code.isBlank()) {
                    String fence = "`".repeat(Math.max(3, longestRun(code, '`') + 1));
                    blocks.add(fence + "\n" + code + "\n" + fence);
                }
            }
            case "table" -> {
                String table = table(element, depth);
                if (!table.isEmpty()) {
                    blocks.add(table);
                }
            }
            default -> blocks.addAll(blocks(element, depth));
        }
    }

    /** A list, each item's continuation lines indented under its text; nested lists follow their item. */
    private static String list(Element list, int depth) {
        boolean ordered = list.normalName().equals("ol");
        int number = ordered && list.attr("start").matches("\\d{1,9}") ? Integer.parseInt(list.attr("start")) : 1;
        List<String> items = new ArrayList<>();
        for (Element item : list.children()) {
            List<String> inner = blocks(item, depth + 1);
            if (inner.isEmpty()) {
                continue;
            }
            String marker = ordered ? (number++) + ". " : "- ";
            StringBuilder content = new StringBuilder(inner.getFirst());
            for (int i = 1; i < inner.size(); i++) {
                // A nested list may follow its item's text directly; two paragraphs need a blank line.
                content.append(inner.get(i).startsWith("- ") || inner.get(i).matches("(?s)\\d+\\. .*") ? "\n"
                        : "\n\n").append(inner.get(i));
            }
            items.add(marker + prefixLines(content.toString(), " ".repeat(marker.length()), "")
                    .substring(marker.length()));
        }
        return String.join("\n", items);
    }

    /** A GFM table: the first row is the header; cells are one line each. Empty when the table has no cells. */
    private static String table(Element table, int depth) {
        List<List<String>> rows = new ArrayList<>();
        for (Element row : table.select("tr")) {
            if (row.closest("table") != table) {
                continue;
            }
            List<String> cells = new ArrayList<>();
            for (Element cell : row.children()) {
                if (cell.normalName().equals("td") || cell.normalName().equals("th")) {
                    cells.add(oneLine(cell, depth + 2));
                }
            }
            if (!cells.isEmpty()) {
                rows.add(cells);
            }
        }
        if (rows.isEmpty()) {
            return "";
        }
        int columns = rows.stream().mapToInt(List::size).max().orElse(1);
        StringBuilder out = new StringBuilder();
        for (int r = 0; r < rows.size(); r++) {
            List<String> cells = rows.get(r);
            out.append('|');
            for (int c = 0; c < columns; c++) {
                out.append(' ').append(c < cells.size() ? cells.get(c) : "").append(" |");
            }
            out.append('\n');
            if (r == 0) {
                out.append("|").append(" --- |".repeat(columns)).append('\n');
            }
        }
        return out.toString().strip();
    }

    /** Inline content collected so far, as a paragraph: spaces collapsed, line starts escaped, breaks trimmed. */
    private static void paragraph(StringBuilder inline, List<String> blocks) {
        List<String> lines = new ArrayList<>();
        for (String line : inline.toString().split(Pattern.quote(HARD_BREAK), -1)) {
            String clean = SPACES.matcher(line.replace('\n', ' ')).replaceAll(" ").strip();
            if (!clean.isEmpty()) {
                lines.add(escapeLineStart(clean));
            }
        }
        inline.setLength(0);
        if (!lines.isEmpty()) {
            blocks.add(String.join(HARD_BREAK, lines));
        }
    }

    // ---- Markdown inlines ------------------------------------------------------------------------------------

    private static void inline(Node node, StringBuilder out, int depth) {
        if (node instanceof TextNode text) {
            out.append(escape(text.getWholeText().replace('\n', ' ')));
            return;
        }
        if (!(node instanceof Element element)) {
            return;
        }
        if (depth > MAX_DEPTH) {
            out.append(escape(element.text()));
            return;
        }
        switch (element.normalName()) {
            case "br" -> out.append(HARD_BREAK);
            case "b", "strong" -> emphasis(element, "**", out, depth);
            case "i", "em", "cite" -> emphasis(element, "*", out, depth);
            case "code" -> {
                String code = SPACES.matcher(element.wholeText().replace('\n', ' ')).replaceAll(" ");
                if (!code.isBlank()) {
                    String ticks = "`".repeat(longestRun(code, '`') + 1);
                    String pad = code.startsWith("`") || code.endsWith("`") ? " " : "";
                    out.append(ticks).append(pad).append(code).append(pad).append(ticks);
                }
            }
            case "a" -> {
                String text = inlineOf(element, depth).strip();
                String href = element.attr("href");
                if (href.isBlank()) {
                    out.append(text);
                } else if (!text.isEmpty()) {
                    out.append('[').append(text).append("](").append(url(href)).append(')');
                }
            }
            case "img" -> {
                if (!element.attr("src").isBlank()) {
                    out.append("![").append(escape(element.attr("alt").strip())).append("](")
                            .append(url(element.attr("src"))).append(')');
                }
            }
            case "q" -> out.append('“').append(inlineOf(element, depth)).append('”');
            default -> element.childNodes().forEach(child -> inline(child, out, depth + 1));
        }
    }

    /** Bold or italics around the element's text, with its outer spaces moved outside the markers. */
    private static void emphasis(Element element, String marker, StringBuilder out, int depth) {
        String inner = inlineOf(element, depth);
        String text = inner.strip();
        if (text.isEmpty()) {
            out.append(inner);
            return;
        }
        if (Character.isWhitespace(inner.charAt(0))) {
            out.append(' ');
        }
        out.append(marker).append(text).append(marker);
        if (Character.isWhitespace(inner.charAt(inner.length() - 1))) {
            out.append(' ');
        }
    }

    private static String inlineOf(Element element, int depth) {
        StringBuilder out = new StringBuilder();
        element.childNodes().forEach(child -> inline(child, out, depth + 1));
        return out.toString();
    }

    /** An element's content on one line (headings, table cells): breaks and blocks become spaces. */
    private static String oneLine(Element element, int depth) {
        String text = String.join(" ", blocks(element, depth)).replace(HARD_BREAK, " ").replace('\n', ' ');
        return SPACES.matcher(text).replaceAll(" ").strip();
    }

    /** A link target that stays one Markdown token: spaces and parentheses percent-encoded. */
    private static String url(String href) {
        return href.strip().replace(" ", "%20").replace("(", "%28").replace(")", "%29");
    }

    // ---- Plain text ------------------------------------------------------------------------------------------

    /** Text with a line for each block and break; iterative, so any nesting is fine. */
    private record PlainText(StringBuilder out) implements NodeVisitor {

        @Override
        public void head(Node node, int depth) {
            if (node instanceof TextNode text) {
                out.append(text.getWholeText().replace('\n', ' '));
            } else if (node instanceof Element element) {
                switch (element.normalName()) {
                    case "br" -> out.append('\n');
                    case "img" -> out.append(element.attr("alt"));
                    case "li" -> newLine().append("- ");
                    default -> {
                        if (isBlock(element)) {
                            newLine();
                        }
                    }
                }
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (node instanceof Element element) {
                if (element.normalName().equals("p")) {
                    newLine().append('\n');
                } else if (isBlock(element)) {
                    newLine();
                } else if (element.normalName().equals("td") || element.normalName().equals("th")) {
                    out.append(' ');
                }
            }
        }

        private StringBuilder newLine() {
            if (!out.isEmpty() && out.charAt(out.length() - 1) != '\n') {
                out.append('\n');
            }
            return out;
        }
    }

    // ---- Escaping --------------------------------------------------------------------------------------------

    /** Backslash before every character Markdown could read as inline syntax. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (INLINE_SPECIALS.indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }

    /** Escapes a line start that would make a heading, list item, rule or fence of an ordinary line. */
    private static String escapeLineStart(String line) {
        Matcher start = BLOCK_START.matcher(line);
        if (!start.find()) {
            return line;
        }
        String match = start.group(1);
        if (Character.isDigit(match.charAt(0))) {
            return match + "\\" + line.substring(match.length());
        }
        return "\\" + line;
    }

    private static String prefixLines(String text, String prefix, String blankPrefix) {
        StringBuilder out = new StringBuilder();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            out.append(lines[i].isEmpty() ? blankPrefix : prefix).append(lines[i]);
            if (i + 1 < lines.length) {
                out.append('\n');
            }
        }
        return out.toString();
    }

    private static int longestRun(String text, char c) {
        int longest = 0;
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            run = text.charAt(i) == c ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        return longest;
    }
}
