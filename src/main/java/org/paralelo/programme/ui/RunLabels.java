package org.paralelo.programme.ui;

import com.vaadin.flow.component.Component;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.stream.Collectors;
import org.paralelo.people.RegionView;
import org.paralelo.programme.RunSummary;

/** How a run's dates, regions and seats read on screens, in the person's language. */
final class RunLabels {

    private RunLabels() {
    }

    static String dates(Locale locale, RunSummary run) {
        DateTimeFormatter day = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        return day.format(run.startsOn()) + " – " + day.format(run.endsOn());
    }

    static String regions(RunSummary run) {
        return run.regions().stream().map(RegionView::name).collect(Collectors.joining(", "));
    }

    static String members(Component on, RunSummary run) {
        return run.capacity() == null ? Integer.toString(run.members())
                : on.getTranslation("programme.run.members-of", run.members(), run.capacity());
    }

    static String state(Component on, RunSummary run) {
        return on.getTranslation(run.closed() ? "programme.run.closed" : "programme.run.open");
    }
}
