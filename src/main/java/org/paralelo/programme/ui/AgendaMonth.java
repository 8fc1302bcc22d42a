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
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
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
import org.jspecify.annotations.Nullable;
import org.paralelo.programme.AgendaDate;
import org.paralelo.programme.AgendaEntry;
import org.paralelo.programme.AgendaService;
import org.paralelo.programme.SessionId;

/**
 * "Mi agenda" as a month, for wide screens (paralelo.css shows it instead of the lists from 900 px up, so phones
 * keep the list): a table whose column headers are the weekdays, a cell per day listing the person's sessions and
 * dates in their own zone as links to what each is, each session with its own "add to my calendar" download, today
 * marked for eyes and for screen readers, and buttons to the previous and next month. Unless a month is asked for,
 * it opens at today's month when that holds something, else at the month of what comes next (saying so), so the
 * first sight is never an empty month before a full one. Turning the month replaces the table only: the buttons
 * keep the focus and the heading, a polite live region, tells screen readers the month now shown.
 */
final class AgendaMonth extends Section {

    /**
     * One line in a day: when (in the viewer's zone), what to read, where it leads, its CSS class; a session's
     * line also has the session, for its calendar download.
     */
    private record Line(ZonedDateTime at, String text, String path, String kind, @Nullable SessionId session) {

        /** What the month opens at: a cancelled session is not what comes next. */
        boolean counts() {
            return !"cancelled".equals(kind);
        }
    }

    private final Component host;
    private final AgendaService agenda;
    private final LocalDate today;
    private final Locale locale;
    private final Map<LocalDate, List<Line>> lines;
    private final H2 heading = new H2();
    private final Paragraph note = new Paragraph();
    private NativeTable table = new NativeTable();
    private YearMonth month;

    /** {@code asked}: the month in the address, or null to choose one; {@code show} turns to another month. */
    AgendaMonth(Component host, AgendaService agenda, @Nullable YearMonth asked, LocalDate today,
                List<AgendaEntry> entries, List<AgendaDate> dates, ZoneId viewer, Locale locale,
                Consumer<YearMonth> show) {
        this.host = host;
        this.agenda = agenda;
        this.today = today;
        this.locale = locale;
        this.lines = lines(entries, dates, viewer, locale);
        setId("agenda-month");
        addClassName("agenda-month");
        heading.setId("agenda-month-title");
        heading.getElement().setAttribute("aria-live", "polite");
        heading.getElement().setAttribute("aria-atomic", "true");
        Button previous = navigation("agenda.month.previous", VaadinIcon.ANGLE_LEFT, () -> show.accept(
                month.minusMonths(1)));
        previous.setId("agenda-month-previous");
        Button next = navigation("agenda.month.next", VaadinIcon.ANGLE_RIGHT, () -> show.accept(month.plusMonths(1)));
        next.setId("agenda-month-next");
        next.setIconAfterText(true);
        Div bar = new Div(previous, heading, next);
        bar.addClassName("agenda-month-bar");
        note.setId("agenda-month-note");
        note.addClassName("agenda-month-note");
        month = asked != null ? asked : opening(YearMonth.from(today));
        add(bar, note, table);
        show(month);
        if (asked == null && !month.equals(YearMonth.from(today))) {
            note.setText(text("agenda.month.next-item", spelled(YearMonth.from(today)), spelled(month)));
            note.setVisible(true);
        }
    }

    /** Shows another month in place: a new heading and table, the opening note gone. */
    void show(YearMonth shown) {
        month = shown;
        heading.setText(capitalised(DateTimeFormatter.ofPattern("LLLL yyyy", locale).format(shown), locale));
        note.setVisible(false);
        remove(table);
        table = table(shown, today, lines, locale);
        add(table);
    }

    YearMonth month() {
        return month;
    }

    /** Today's month when something that counts falls in it, else the month of the next such thing, if any. */
    private YearMonth opening(YearMonth current) {
        return lines.values().stream().flatMap(List::stream).filter(Line::counts)
                .map(line -> YearMonth.from(line.at())).filter(m -> !m.isBefore(current)).min(Comparator.naturalOrder())
                .orElse(current);
    }

    /** A month as written in a sentence: "julio de 2027", "July 2027". */
    private String spelled(YearMonth shown) {
        return DateTimeFormatter.ofPattern("en".equals(locale.getLanguage()) ? "LLLL yyyy" : "LLLL 'de' yyyy",
                locale).format(shown);
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
                SessionId session = line.session();
                if (session != null) {
                    item.add(CalendarDownloads.inMonth(host, agenda, session, line.text()));
                }
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
            ZonedDateTime at = entry.session().starts().withZoneSameInstant(viewer);
            String text = time.format(at) + " " + entry.session().title();
            SessionId session = entry.session().id();
            all.add(entry.cancelled()
                    ? new Line(at, text("programme.sessions.cancelled") + ": " + text, entry.path(), "cancelled",
                            session)
                    : new Line(at, text, entry.path(), "session", session));
        }
        for (AgendaDate date : dates) {
            ZonedDateTime at = date.at().atZone(viewer);
            all.add(new Line(at, time.format(at) + " " + Labels.of(host, date.kind().messageKey()) + ": "
                    + date.title(), date.path(), "date", null));
        }
        Map<LocalDate, List<Line>> byDay = new TreeMap<>();
        all.stream().sorted(Comparator.comparing(Line::at))
                .forEach(line -> byDay.computeIfAbsent(line.at().toLocalDate(), d -> new ArrayList<>()).add(line));
        return byDay;
    }

    private String text(String key, Object... arguments) {
        return host.getTranslation(key, arguments);
    }

    private static String capitalised(String text, Locale locale) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(locale) + text.substring(1);
    }
}
