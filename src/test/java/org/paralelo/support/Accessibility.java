package org.paralelo.support;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.openqa.selenium.WebDriver;

/**
 * axe-core over the page the browser shows: the one accessibility check of the journeys. It fails on every
 * critical or serious violation, and on the moderate rules issue #11 named (content outside landmarks, skipped
 * heading levels), listing each rule with the elements it found so the message alone says what to fix.
 *
 * <p>axe's script is injected through WebDriver, which the page's Content-Security-Policy does not govern.
 */
public final class Accessibility {

    /** Impacts that always fail. */
    private static final Set<String> FAILING_IMPACTS = Set.of("critical", "serious");
    /** Moderate rules that fail too: a screen-reader user navigates by landmarks and headings. */
    private static final Set<String> FAILING_RULES = Set.of("region", "heading-order", "landmark-unique");
    private static final int NODES_LISTED = 5;

    private Accessibility() {
    }

    /** The violations that fail a screen, each readable on its own lines; empty when the screen passes. */
    public static List<String> violations(WebDriver driver) {
        Results results = new AxeBuilder().analyze(driver);
        if (results.isErrored()) {
            throw new IllegalStateException("axe-core could not run at " + driver.getCurrentUrl() + ": "
                    + results.getErrorMessage());
        }
        return results.getViolations().stream().filter(Accessibility::fails).map(Accessibility::describe).toList();
    }

    private static boolean fails(Rule rule) {
        return FAILING_IMPACTS.contains(rule.getImpact()) || FAILING_RULES.contains(rule.getId());
    }

    private static String describe(Rule rule) {
        String nodes = rule.getNodes().stream().limit(NODES_LISTED)
                .map(Accessibility::describe).collect(Collectors.joining("\n"));
        String more = rule.getNodes().size() > NODES_LISTED
                ? "\n    … and " + (rule.getNodes().size() - NODES_LISTED) + " more" : "";
        return "%s (%s): %s\n%s%s".formatted(rule.getId(), rule.getImpact(), rule.getHelp(), nodes, more);
    }

    private static String describe(CheckedNode node) {
        String html = node.getHtml() == null ? "" : node.getHtml().replaceAll("\\s+", " ");
        if (html.length() > 160) {
            html = html.substring(0, 160) + "…";
        }
        String why = node.getFailureSummary() == null ? "" : "\n      " + node.getFailureSummary()
                .replaceAll("\\s+", " ");
        return "    at " + node.getTarget() + "  " + html + why;
    }
}
