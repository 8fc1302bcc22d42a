package org.paralelo.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.HasDynamicTitle;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A page whose browser title is its own heading followed by the product name, e.g. "Mis cursos · Paralelo" or
 * "Costos fijos y variables · Paralelo". The heading is already in the person's language and says which course,
 * lesson or quiz this is, so the tab (and the history, and a screen reader on arrival) names the page the same
 * way. Vaadin asks after navigation, once the page is built. A page without a first-level heading overrides
 * {@link #getPageTitle()} with {@link #title(String)}.
 */
public interface TitledByHeading extends HasDynamicTitle {

    String PRODUCT = "Paralelo";

    @Override
    default String getPageTitle() {
        return title(firstHeading(((Component) this).getElement()).orElse(null));
    }

    /** "{what} · Paralelo", or just "Paralelo" when there is nothing to name. */
    static String title(@Nullable String what) {
        return what == null || what.isBlank() ? PRODUCT : what.strip() + " · " + PRODUCT;
    }

    private static Optional<String> firstHeading(Element element) {
        if (element.isTextNode()) {
            return Optional.empty();
        }
        if ("h1".equals(element.getTag())) {
            return Optional.of(element.getTextRecursively());
        }
        return element.getChildren().map(TitledByHeading::firstHeading).flatMap(Optional::stream).findFirst();
    }
}
