package org.paralelo.search.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.safety.Safelist;
import org.jspecify.annotations.Nullable;
import org.paralelo.base.ui.TitledByHeading;
import org.paralelo.search.SearchDocument;
import org.paralelo.search.SearchHit;
import org.paralelo.search.SearchRequest;
import org.paralelo.search.SearchResults;
import org.paralelo.search.SearchService;

/**
 * Search results: hits with breadcrumb, type and highlighted snippets, facets to narrow, paging and a spelling
 * suggestion. Everything is a plain link carrying the query in the address, so results can be bookmarked, the
 * back button works and the keyboard reaches every action with Tab and Enter.
 */
@Route("buscar")
@PermitAll
public class SearchView extends Main implements TitledByHeading, BeforeEnterObserver {

    static final String Q = "q";
    /** "1": search the words as typed, without the typo correction. */
    static final String EXACT = "exacto";
    static final String TOPIC = "tema";
    static final String COURSE = "curso";
    static final String TYPE = "tipo";
    static final String LANGUAGE = "idioma";
    static final String PAGE = "pagina";

    private final SearchService search;
    private final TextField box = new TextField();

    SearchView(SearchService search) {
        this.search = search;
        addClassName("page");
        addClassName("search-page");
        box.setId("search-query");
        box.setLabel(getTranslation("search.field"));
        box.setClearButtonVisible(true);
        box.setWidthFull();
        box.setMaxLength(SearchRequest.MAX_TEXT);
        box.addKeyPressListener(Key.ENTER, e -> go(box.getValue()));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> params = event.getLocation().getQueryParameters().getParameters();
        SearchRequest parsed = SearchRequest.parse(first(params, Q), first(params, TOPIC), first(params, COURSE),
                first(params, TYPE), first(params, LANGUAGE), first(params, PAGE), getLocale());
        SearchRequest request = "1".equals(first(params, EXACT)) ? parsed.exactWords() : parsed;
        removeAll();
        box.setValue(request.text());
        Button go = new Button(getTranslation("search.go"), e -> go(box.getValue()));
        go.setId("search-go");
        HorizontalLayout form = new HorizontalLayout(box, go);
        form.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        form.setWidthFull();
        form.addClassName("search-form");
        add(new H1(getTranslation("search.title")), form);
        if (request.text().isBlank()) {
            add(new Paragraph(getTranslation("search.hint")));
            return;
        }
        SearchResults results = search.search(request);
        add(summary(results, request), body(results, request));
    }

    private void go(String text) {
        getUI().ifPresent(ui -> ui.navigate("buscar", QueryParameters.simple(Map.of(Q, text.strip()))));
    }

    private Div summary(SearchResults results, SearchRequest request) {
        Div summary = new Div();
        summary.addClassName("search-summary");
        String searched = results.showingFor() != null ? results.showingFor() : request.text();
        summary.add(new Paragraph(getTranslation("search.count", results.total(), searched)));
        summary.getElement().setAttribute("role", "status");
        if (results.showingFor() != null) {
            Paragraph showing = new Paragraph(getTranslation("search.showing-for", results.showingFor()) + " "
                    + getTranslation("search.exact-words") + " ");
            Anchor exact = new Anchor(url(Map.of(Q, request.text(), EXACT, "1")), request.text());
            exact.setId("search-exact");
            showing.add(exact);
            showing.setId("search-showing-for");
            summary.add(showing);
        }
        if (results.suggestion() != null) {
            Paragraph suggestion = new Paragraph(getTranslation("search.did-you-mean") + " ");
            Anchor link = new Anchor(url(Map.of(Q, results.suggestion())), results.suggestion());
            link.setId("search-suggestion");
            suggestion.add(link);
            summary.add(suggestion);
        }
        if (results.total() == 0) {
            UnorderedList tips = new UnorderedList(new ListItem(getTranslation("search.tip.fewer-words")),
                    new ListItem(getTranslation("search.tip.accents")), new ListItem(getTranslation("search.tip.prefix")));
            tips.addClassName("search-tips");
            summary.add(tips);
        }
        return summary;
    }

    private Div body(SearchResults results, SearchRequest request) {
        Div body = new Div();
        body.addClassName("search-body");
        Section hits = new Section();
        hits.addClassName("search-hits");
        hits.setId("search-hits");
        for (SearchHit hit : results.hits()) {
            hits.add(hit(hit));
        }
        if (results.pages() > 1) {
            hits.add(pager(results, request));
        }
        body.add(facets(results, request), hits);
        return body;
    }

    /** A stored part as is; a label translated, with its argument when it has one (a file name). */
    private String breadcrumbPart(String part) {
        if (!part.startsWith(SearchDocument.LABEL_PREFIX)) {
            return part;
        }
        String label = part.substring(SearchDocument.LABEL_PREFIX.length());
        int argument = label.indexOf(SearchDocument.LABEL_ARGUMENT);
        return argument < 0 ? getTranslation(label)
                : getTranslation(label.substring(0, argument), label.substring(argument + 1));
    }

    private Div hit(SearchHit hit) {
        Div card = new Div();
        card.addClassName("search-hit");
        Span type = new Span(getTranslation("search.type." + hit.type().code())
                + (hit.draft() ? " · " + getTranslation("search.draft") : "")
                + (hit.page() != null ? " · " + getTranslation("search.page", hit.page()) : ""));
        type.addClassName("search-hit-type");
        H3 title = new H3(new Anchor(hit.path(), hit.title()));
        Span breadcrumb = new Span(String.join(" › ", hit.breadcrumb().stream().map(this::breadcrumbPart).toList()));
        breadcrumb.addClassName("breadcrumb");
        card.add(type, title, breadcrumb);
        for (String snippet : hit.snippets()) {
            // The service escapes the text and adds only <mark>; cleaned again here all the same.
            Html html = new Html("<p class=\"search-snippet\">" + Jsoup.clean(snippet, Safelist.none().addTags("mark"))
                    + "</p>");
            card.add(html);
        }
        if (hit.filePath() != null) {
            Anchor file = new Anchor(hit.filePath(), hit.page() == null ? getTranslation("search.open-file")
                    : getTranslation("search.open-file-page", hit.page()));
            file.setTarget("_blank");
            file.addClassName("search-file");
            card.add(file);
        }
        return card;
    }

    private Nav facets(SearchResults results, SearchRequest request) {
        Nav nav = new Nav();
        nav.addClassName("search-facets");
        nav.setAriaLabel(getTranslation("search.facets"));
        facet(nav, results, SearchResults.TYPE, TYPE, request.type() == null ? null : request.type().code(), request,
                v -> getTranslation("search.type." + v));
        facet(nav, results, SearchResults.COURSE, COURSE,
                request.course() == null ? null : request.course().toString(), request, v -> v);
        facet(nav, results, SearchResults.TOPIC, TOPIC, request.topic(), request, v -> v);
        facet(nav, results, SearchResults.LANGUAGE, LANGUAGE, request.language(), request,
                v -> getTranslation("search.language." + v));
        return nav;
    }

    private void facet(Nav nav, SearchResults results, String dimension, String param, @Nullable String selected,
                       SearchRequest request, java.util.function.UnaryOperator<String> labelOfCode) {
        List<SearchResults.FacetCount> counts = results.facets().getOrDefault(dimension, List.of());
        if (counts.isEmpty() && selected == null) {
            return;
        }
        nav.add(new H2(getTranslation("search.facet." + dimension)));
        UnorderedList list = new UnorderedList();
        for (SearchResults.FacetCount count : counts) {
            String label = dimension.equals(SearchResults.TYPE) || dimension.equals(SearchResults.LANGUAGE)
                    ? labelOfCode.apply(count.value()) : count.label();
            boolean on = count.value().equals(selected);
            Map<String, String> params = params(request);
            params.remove(PAGE);
            if (on) {
                params.remove(param);
            } else {
                params.put(param, count.value());
            }
            Anchor link = new Anchor(url(params), label + " (" + count.count() + ")");
            if (on) {
                link.getElement().setAttribute("aria-current", "true");
                link.addClassName("selected");
            }
            list.add(new ListItem(link));
        }
        nav.add(list);
    }

    private Nav pager(SearchResults results, SearchRequest request) {
        Nav pager = new Nav();
        pager.addClassName("pager");
        pager.setAriaLabel(getTranslation("search.pages"));
        if (results.page() > 0) {
            Map<String, String> params = params(request);
            params.put(PAGE, Integer.toString(results.page() - 1));
            pager.add(new Anchor(url(params), "← " + getTranslation("search.previous")));
        }
        pager.add(new Span(getTranslation("search.page-of", results.page() + 1, results.pages())));
        if (results.page() + 1 < results.pages()) {
            Map<String, String> params = params(request);
            params.put(PAGE, Integer.toString(results.page() + 1));
            Anchor next = new Anchor(url(params), getTranslation("search.next") + " →");
            next.setId("search-next");
            pager.add(next);
        }
        return pager;
    }

    private static Map<String, String> params(SearchRequest request) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put(Q, request.text());
        if (request.exact()) {
            params.put(EXACT, "1");
        }
        if (request.type() != null) {
            params.put(TYPE, request.type().code());
        }
        if (request.course() != null) {
            params.put(COURSE, request.course().toString());
        }
        if (request.topic() != null) {
            params.put(TOPIC, request.topic());
        }
        if (request.language() != null) {
            params.put(LANGUAGE, request.language());
        }
        if (request.page() > 0) {
            params.put(PAGE, Integer.toString(request.page()));
        }
        return params;
    }

    static String url(Map<String, String> params) {
        return "buscar?" + QueryParameters.simple(params).getQueryString();
    }

    private static @Nullable String first(Map<String, List<String>> params, String name) {
        List<String> values = params.get(name);
        return values == null || values.isEmpty() || values.getFirst().isBlank() ? null : values.getFirst();
    }
}
