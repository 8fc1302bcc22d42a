package org.paralelo.learning.ui;

import com.vaadin.flow.component.Html;
import java.util.function.Function;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;
import org.paralelo.courses.LearnerPaths;
import org.paralelo.learning.CourseProgress;
import org.paralelo.learning.ItemStatus;
import org.paralelo.learning.OutlineItem;

/**
 * The lesson page's course outline as one HTML node: a labelled navigation with the modules' names and, per item, its
 * link (the current one marked {@code aria-current="page"}) and its status badge. Nothing in it talks to the server
 * (the links navigate like any other), so the server keeps one state node for it instead of five per item (a list
 * item, a link, a badge and their two texts; issue #16). Titles are authors' text: jsoup escapes them, never parsed.
 */
final class OutlineHtml {

    private OutlineHtml() {
    }

    /**
     * @param label      the navigation's accessible name
     * @param statusText the visible text of a status badge
     */
    static Html of(CourseProgress mine, @Nullable String currentKey, String label,
                   Function<ItemStatus, String> statusText) {
        Document document = Document.createShell("");
        document.outputSettings().prettyPrint(false);
        Element nav = document.body().appendElement("nav").attr("aria-label", label);
        Element list = nav.appendElement("ol");
        String module = null;
        for (OutlineItem item : mine.outline()) {
            if (!item.moduleKey().equals(module)) {
                module = item.moduleKey();
                list.appendElement("li").addClass("outline-module").text(item.moduleTitle());
            }
            Element entry = list.appendElement("li");
            Element link = entry.appendElement("a").attr("href", LearnerPaths.item(mine.course(), item.kind(),
                    item.key())).text(item.title());
            if (item.key().equals(currentKey)) {
                link.attr("aria-current", "page");
                entry.addClass("current");
            }
            entry.appendElement("span").addClass("item-status").attr("data-status", item.status().name())
                    .attr("theme", StatusBadge.theme(item.status())).text(statusText.apply(item.status()));
        }
        return new Html(nav.outerHtml());
    }
}
