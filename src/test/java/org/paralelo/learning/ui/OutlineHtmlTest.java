package org.paralelo.learning.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.paralelo.courses.CourseId;
import org.paralelo.courses.ItemKind;
import org.paralelo.courses.LearnerPaths;
import org.paralelo.learning.CourseProgress;
import org.paralelo.learning.ItemStatus;
import org.paralelo.learning.OutlineItem;
import org.paralelo.support.HtmlSafety;

class OutlineHtmlTest {

    private static final CourseId COURSE = new CourseId(7);

    @Test
    void the_outline_is_a_labelled_navigation_with_modules_links_the_current_page_and_status_badges() {
        CourseProgress mine = progress(List.of(
                new OutlineItem("m1", "Finanzas", "a", ItemKind.LESSON, "Costos", true, ItemStatus.DONE),
                new OutlineItem("m1", "Finanzas", "b", ItemKind.QUIZ, "Repaso", true, ItemStatus.IN_PROGRESS),
                new OutlineItem("m2", "Difusión", "c", ItemKind.LESSON, "Redes", false, ItemStatus.NOT_STARTED)));

        Element nav = parse(OutlineHtml.of(mine, "b", "Temario", status -> "estado " + status.name()));

        assertThat(nav.tagName()).isEqualTo("nav");
        assertThat(nav.attr("aria-label")).isEqualTo("Temario");
        assertThat(nav.select("li.outline-module").eachText()).containsExactly("Finanzas", "Difusión");
        assertThat(nav.select("li > a").eachAttr("href")).containsExactly(
                LearnerPaths.item(COURSE, ItemKind.LESSON, "a"), LearnerPaths.item(COURSE, ItemKind.QUIZ, "b"),
                LearnerPaths.item(COURSE, ItemKind.LESSON, "c"));
        assertThat(nav.select("a[aria-current=page]").eachText()).containsExactly("Repaso");
        assertThat(nav.select("li.current > a").eachText()).containsExactly("Repaso");
        assertThat(nav.select(".item-status").eachText()).containsExactly("estado DONE", "estado IN_PROGRESS",
                "estado NOT_STARTED");
        assertThat(nav.select(".item-status").eachAttr("theme")).containsExactly("badge success", "badge",
                "badge contrast");
    }

    @Test
    void hostile_module_and_item_titles_stay_text_in_the_outline() {
        List<OutlineItem> items = new ArrayList<>();
        List<String> payloads = HtmlSafety.payloads();
        for (int i = 0; i < payloads.size(); i++) {
            items.add(new OutlineItem("m" + i, payloads.get(i), "k" + i, ItemKind.LESSON, payloads.get(i), true,
                    ItemStatus.NOT_STARTED));
        }
        var html = OutlineHtml.of(progress(items), "k0", "Temario", status -> status.name());

        HtmlSafety.assertInert(html.getInnerHtml(), "outline titles");
        Element nav = parse(html);
        // As the browser shows text: runs of white space as one space, none at the ends.
        List<String> shown = payloads.stream().map(p -> p.strip().replaceAll("\\s+", " ")).toList();
        assertThat(nav.select("li > a").eachText()).as("each title shows as the text it is")
                .containsExactlyElementsOf(shown);
        assertThat(nav.select("li.outline-module").eachText()).containsExactlyElementsOf(shown);
    }

    private static CourseProgress progress(List<OutlineItem> items) {
        return new CourseProgress(COURSE, items, 0, items.size(), null, null, null);
    }

    /** The Html component's markup as the browser builds it: its root element with the inner HTML. */
    private static Element parse(com.vaadin.flow.component.Html html) {
        String tag = html.getElement().getTag();
        Document document = Jsoup.parseBodyFragment("<" + tag + ">" + html.getInnerHtml() + "</" + tag + ">");
        Element root = document.body().child(0);
        html.getElement().getAttributeNames().forEach(name -> root.attr(name, html.getElement().getAttribute(name)));
        return root;
    }
}
