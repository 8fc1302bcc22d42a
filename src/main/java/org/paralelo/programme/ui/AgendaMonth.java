package org.paralelo.programme.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.time.temporal.WeekFields;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.paralelo.programme.AgendaDate;
import org.paralelo.programme.AgendaEntry;

/**
 * "Mi agenda" as a month, for wide screens (paralelo.css shows it instead of the lists from 900 px up, so phones
 * keep the list): a table whose column headers are the weekdays, a cell per day listing the person's sessions and
 * dates in their own zone as links to what each is, today marked for eyes and for screen readers, and buttons to
 * the previous and next month.
 */
final class AgendaMonth extends Section {

    /** One line in a day: when (in the viewer's zone), what to read, where it leads. */
    private record Line(java.time.ZonedDateTime at, String text, String path, String kind) {
    }

    private final Component host;

    AgendaMonth(Component host, YearMonth month, LocalDate today, List<AgendaEntry> entries, List<AgendaDate> dates,
                ZoneId viewer, Locale locale, Consumer<YearMonth> show) {
        this.host = host;
        setId("agenda-month");
        addClassName("agenda-month");
        String title = capitalised(DateTimeFormatter.ofPattern("LLLL yyyy", locale).format(month), locale);
        H2 heading = new H2(title);
        heading.setId("agenda-month-title");
        Button previous = navigation("agenda.month.previous", VaadinIcon.ANGLE_LEFT, () -> show.accept(
                month.minusMonths(1)));
        previous.setId("agenda-month-previous");
        Button next = navigation("agenda.month.next", VaadinIcon.ANGLE_RIGHT, () -> show.accept(month.plusMonths(1)));
        next.setId("agenda-month-next");
        next.setIconAfterText(true);
        Div bar = new Div(previous, heading, next);
        bar.addClassName("agenda-month-bar");
        add(bar, table(month, today, lines(entries, dates, viewer, locale), locale));
    }

    private Button navigation(String key, VaadinIcon icon, Runnable action) {
        Button button = new Button(text(key), icon.create(), click -> action.run());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        return button;
    }

    private NativeTable table(YearMonth month, LocalDate today, Map<LocalDate, List<Line>> lines, Locale locale) {
        NativeTable table = new NativeTable();
        table.getElement().setAttribute("aria-labelledby", "agenda-month-title");
        DayOfWeek first = WeekFields.of(locale).getFirstDayOfWeek();
        NativeTableRow weekdays = new NativeTableRow();
        for (int i = 0; i < 7; i++) {
            DayOfWeek day = first.plus(i);
            NativeTableHeaderCell header = new NativeTableHeaderCell(day.getDisplayName(TextStyle.SHORT, locale));
            header.getElement().setAttribute("scope", "col");
            header.getElement().setAttribute("abbr", day.getDisplayName(TextStyle.FULL, locale));
            weekdays.add(header);
        }
        NativeTableHeader head = new NativeTableHeader();
        head.addRows(weekdays);
        NativeTableBody body = new NativeTableBody();
        LocalDate day = month.atDay(1);
        int lead = (day.getDayOfWeek().getValue() - first.getValue() + 7) % 7;
        NativeTableRow week = new NativeTableRow();
        for (int i = 0; i < lead; i++) {
            week.add(outside());
        }
        for (; !day.isAfter(month.atEndOfMonth()); day = day.plusDays(1)) {
            if (week.getChildren().count() == 7) {
                body.addRows(week);
                week = new NativeTableRow();
            }
            week.add(cell(day, today, lines.getOrDefault(day, List.of()), locale));
        }
        while (week.getChildren().count() < 7) {
            week.add(outside());
        }
        body.addRows(week);
        table.add(head, body);
        return table;
    }

    private NativeTableCell cell(LocalDate day, LocalDate today, List<Line> found, Locale locale) {
        Span number = new Span(String.valueOf(day.getDayOfMonth()));
        number.addClassName("day-number");
        number.getElement().setAttribute("aria-label",
                DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(locale).format(day));
        NativeTableCell cell = new NativeTableCell(number);
        cell.setId("agenda-day-" + day);
        if (day.equals(today)) {
            cell.addClassName("today");
            cell.getElement().setAttribute("aria-current", "date");
            Span label = new Span(text("agenda.month.today"));
            label.addClassName("today-label");
            cell.add(label);
        }
        if (!found.isEmpty()) {
            UnorderedList list = new UnorderedList();
            for (Line line : found) {
                ListItem item = new ListItem(new Anchor(line.path(), line.text()));
                item.addClassName(line.kind());
                list.add(item);
            }
            cell.add(list);
        }
        return cell;
    }

    private static NativeTableCell outside() {
        NativeTableCell cell = new NativeTableCell();
        cell.addClassName("outside");
        return cell;
    }

    /** Sessions and dates by the day they fall on in the viewer's zone, each day in time order. */
    private Map<LocalDate, List<Line>> lines(List<AgendaEntry> entries, List<AgendaDate> dates, ZoneId viewer,
                                             Locale locale) {
        // Compact times for small cells: 24 hours in Spanish as Mexico writes schedules, 12 in English.
        DateTimeFormatter time = DateTimeFormatter.ofPattern("en".equals(locale.getLanguage()) ? "h:mm a" : "HH:mm",
                locale);
        List<Line> all = new ArrayList<>();
        for (AgendaEntry entry : entries) {
            var at = entry.session().starts().withZoneSameInstant(viewer);
            String text = time.format(at) + " " + entry.session().title();
            all.add(entry.cancelled()
                    ? new Line(at, text("programme.sessions.cancelled") + ": " + text, entry.path(), "cancelled")
                    : new Line(at, text, entry.path(), "session"));
        }
        for (AgendaDate date : dates) {
            var at = date.at().atZone(viewer);
            all.add(new Line(at, time.format(at) + " " + Labels.of(host, date.kind().messageKey()) + ": "
                    + date.title(), date.path(), "date"));
        }
        Map<LocalDate, List<Line>> byDay = new TreeMap<>();
        all.stream().sorted(Comparator.comparing(Line::at))
                .forEach(line -> byDay.computeIfAbsent(line.at().toLocalDate(), d -> new ArrayList<>()).add(line));
        return byDay;
    }

    private String text(String key) {
        return host.getTranslation(key);
    }

    private static String capitalised(String text, Locale locale) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(locale) + text.substring(1);
    }
}
