package org.paralelo.programme.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.paralelo.base.QrCodes;
import org.paralelo.base.UserFacingException;
import org.paralelo.base.ui.Notifications;
import org.paralelo.base.ui.Refusals;
import org.paralelo.base.ui.TitledByHeading;
import org.paralelo.people.PersonRef;
import org.paralelo.programme.AttendanceChangeView;
import org.paralelo.programme.AttendanceMark;
import org.paralelo.programme.AttendanceService;
import org.paralelo.programme.AttendanceSource;
import org.paralelo.programme.CheckInCode;
import org.paralelo.programme.ProgrammePaths;
import org.paralelo.programme.RollCallEntry;
import org.paralelo.programme.RunService;
import org.paralelo.programme.SessionId;
import org.paralelo.programme.SessionService;
import org.paralelo.programme.RunId;
import org.paralelo.programme.SessionSummary;

/**
 * The roll call of one session, built for a phone held in one hand on a slow connection: one line per person with
 * four marks (present, late, excused, absent) as a radio group, so one tap sets a mark and the keyboard moves with
 * Tab between people and the arrows between marks; each tap is saved at once. Below: walk-ins by name, the
 * check-in code with its QR for participants' phones, the printable sign-in sheet, a switch for entering marks
 * from that sheet afterwards, and the history of changes.
 */
@Route("sesiones/:sessionId/asistencia")
@RolesAllowed({"TRAINER", "ADMIN"})
public class RollCallView extends Main implements TitledByHeading, BeforeEnterObserver {

    private final AttendanceService attendance;
    private final SessionService sessions;
    private final RunService runs;
    private SessionId id = new SessionId(0);
    private final Checkbox fromSheet = new Checkbox();
    private final Paragraph summary = new Paragraph();
    private final Div list = new Div();
    private final Div history = new Div();
    private final Map<Long, AttendanceMark> current = new HashMap<>();
    private final Details historyDetails = new Details();

    RollCallView(AttendanceService attendance, SessionService sessions, RunService runs) {
        this.attendance = attendance;
        this.sessions = sessions;
        this.runs = runs;
        addClassName("page");
        addClassName("rollcall-page");
        historyDetails.addOpenedChangeListener(opened -> refreshHistory());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        id = RouteIds.session(event);
        if (!attendance.canTakeRoll(id)) {
            throw new NotFoundException();
        }
        render();
    }

    private void render() {
        removeAll();
        SessionSummary session = sessions.session(id);
        ZoneId viewer = sessions.myZone();
        RunId run = session.run();
        if (run != null && runs.canManage(run)) {
            add(new Anchor(ProgrammePaths.run(run), "← " + getTranslation("programme.rollcall.back")));
        } else if (session.series() != null) {
            add(new Anchor(ProgrammePaths.series(session.series()),
                    "← " + getTranslation("programme.rollcall.back-series")));
        }
        Paragraph when = new Paragraph(SessionCards.when(this, session, viewer, getLocale()) + " · "
                + session.venueName());
        when.addClassName("session-when");
        summary.setId("rollcall-summary");
        fromSheet.setLabel(getTranslation("programme.rollcall.from-sheet"));
        fromSheet.setHelperText(getTranslation("programme.rollcall.from-sheet-help"));
        fromSheet.setId("rollcall-from-sheet");
        list.setId("rollcall-list");
        list.addClassName("rollcall-list");
        add(new H1(getTranslation("programme.rollcall.title", session.title())), when, summary, list);
        if (session.cancelledAt() != null) {
            Span cancelled = new Span(getTranslation("programme.sessions.cancelled"));
            cancelled.getElement().getThemeList().add("badge error");
            addComponentAtIndex(2, cancelled);
        } else {
            Button rest = new Button(getTranslation("programme.rollcall.rest-absent"), click -> confirmRestAbsent());
            rest.setId("rollcall-rest-absent");
            add(rest, fromSheet, walkIns(), checkInCode(session));
        }
        add(sheet(session), historySection());
        refreshList();
    }

    private void refreshList() {
        List<RollCallEntry> entries = attendance.rollCall(id);
        current.clear();
        list.removeAll();
        if (entries.isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("programme.rollcall.empty"));
            empty.setId("rollcall-empty");
            list.add(empty);
        }
        for (RollCallEntry entry : entries) {
            current.put(entry.person().id().value(), entry.mark());
            list.add(row(entry));
        }
        refreshSummary();
        refreshHistory();
    }

    /** Counted from what is on screen, so a tap costs one small round trip and no new list. */
    private void refreshSummary() {
        Map<AttendanceMark, Integer> counts = new EnumMap<>(AttendanceMark.class);
        int unmarked = 0;
        for (AttendanceMark mark : current.values()) {
            if (mark == null) {
                unmarked++;
            } else {
                counts.merge(mark, 1, Integer::sum);
            }
        }
        summary.setText(getTranslation("programme.rollcall.summary", counts.getOrDefault(AttendanceMark.PRESENT, 0),
                counts.getOrDefault(AttendanceMark.LATE, 0), counts.getOrDefault(AttendanceMark.EXCUSED, 0),
                counts.getOrDefault(AttendanceMark.ABSENT, 0), unmarked));
    }

    private Component row(RollCallEntry entry) {
        long person = entry.person().id().value();
        Span name = new Span(entry.person().fullName());
        name.addClassName("rollcall-name");
        Div who = new Div(name);
        who.addClassName("rollcall-who");
        if (entry.municipality() != null && !entry.municipality().isBlank()) {
            Span place = new Span(entry.municipality());
            place.addClassName("rollcall-place");
            who.add(place);
        }
        if (entry.walkIn()) {
            Span walkIn = new Span(getTranslation("programme.rollcall.walk-in"));
            walkIn.getElement().getThemeList().add("badge contrast small");
            who.add(walkIn);
        }
        RadioButtonGroup<AttendanceMark> marks = new RadioButtonGroup<>();
        marks.setId("mark-" + person);
        marks.addClassName("rollcall-marks");
        marks.setItems(AttendanceMark.values());
        marks.setItemLabelGenerator(m -> getTranslation(m.messageKey()));
        marks.setAriaLabel(getTranslation("programme.rollcall.marks-for", entry.person().fullName()));
        marks.setValue(entry.mark());
        Button clear = new Button("×");
        clear.setId("clear-" + person);
        clear.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        clear.setAriaLabel(getTranslation("programme.rollcall.clear-of", entry.person().fullName()));
        clear.setTooltipText(getTranslation("programme.rollcall.clear"));
        clear.setVisible(entry.mark() != null);
        marks.addValueChangeListener(change -> {
            AttendanceMark chosen = change.getValue();
            if (chosen == current.get(person)) {
                return;
            }
            if (Refusals.attempt(this, () -> attendance.mark(id, entry.person().id(), chosen, source()))) {
                current.put(person, chosen);
                clear.setVisible(chosen != null);
                refreshSummary();
                if (chosen == null) {
                    Notifications.success(getTranslation("programme.rollcall.cleared", entry.person().fullName()));
                }
                if (historyDetails.isOpened()) {
                    refreshHistory();
                }
            } else {
                marks.setValue(current.get(person));
            }
        });
        clear.addClickListener(click -> marks.setValue(null));
        who.add(clear);
        Div row = new Div(who, marks);
        row.addClassName("rollcall-row");
        row.setId("rollcall-" + person);
        return row;
    }

    private AttendanceSource source() {
        return fromSheet.getValue() ? AttendanceSource.SHEET : AttendanceSource.ROLL_CALL;
    }

    private void confirmRestAbsent() {
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("programme.rollcall.rest-absent"),
                getTranslation("programme.rollcall.rest-absent-confirm"),
                getTranslation("programme.rollcall.rest-absent"), event -> {
                    int[] count = new int[1];
                    if (Refusals.attempt(this, () -> count[0] = attendance.markRestAbsent(id, source()))) {
                        Notifications.success(getTranslation("programme.rollcall.rest-absent-done", count[0]));
                        refreshList();
                    }
                }, getTranslation("action.cancel"), event -> { });
        confirm.setId("rollcall-rest-absent-confirm");
        confirm.open();
    }

    private Section walkIns() {
        ComboBox<PersonRef> person = new ComboBox<>(getTranslation("programme.rollcall.add-walk-in"));
        person.setId("walk-in-person");
        person.setItems(query -> query.getOffset() > 0 ? Stream.empty()
                : attendance.walkInCandidates(id, query.getFilter().orElse(""), query.getLimit()).stream());
        person.setItemLabelGenerator(p -> p.fullName() + " (" + p.username() + ")");
        person.setHelperText(getTranslation("programme.rollcall.add-walk-in-help"));
        person.addClassName("walk-in-person");
        Button add = new Button(getTranslation("programme.rollcall.add"), click -> {
            PersonRef chosen = person.getValue();
            if (chosen == null) {
                Notifications.error(getTranslation("programme.rollcall.choose-person"));
            } else if (Refusals.attempt(this, () -> attendance.mark(id, chosen.id(), AttendanceMark.PRESENT,
                    source()))) {
                Notifications.success(getTranslation("programme.rollcall.added", chosen.fullName()));
                person.clear();
                refreshList();
            }
        });
        add.setId("walk-in-add");
        HorizontalLayout line = new HorizontalLayout(person, add);
        line.setAlignItems(FlexComponent.Alignment.BASELINE);
        line.setWrap(true);
        Section section = new Section(line);
        section.addClassName("rollcall-walk-ins");
        return section;
    }

    private Section checkInCode(SessionSummary session) {
        Div shown = new Div();
        shown.setId("check-in-shown");
        shown.addClassName("check-in-shown");
        Button show = new Button(getTranslation("programme.rollcall.code.show"));
        show.setId("check-in-issue");
        show.addClickListener(click -> {
            try {
                display(shown, attendance.issueCode(id), session);
                show.setText(getTranslation("programme.rollcall.code.new"));
            } catch (UserFacingException refused) {
                Labels.refused(this, refused);
            }
        });
        attendance.currentCode(id).ifPresent(code -> {
            display(shown, code, session);
            show.setText(getTranslation("programme.rollcall.code.new"));
        });
        Section section = new Section(new H2(getTranslation("programme.rollcall.code.title")),
                new Paragraph(getTranslation("programme.rollcall.code.help", AttendanceService.OPENS_BEFORE_MINUTES)), show, shown);
        section.setId("check-in-section");
        return section;
    }

    private void display(Div shown, CheckInCode code, SessionSummary session) {
        shown.removeAll();
        Span big = new Span(code.spaced());
        big.setId("check-in-code");
        big.addClassName("check-in-code");
        Image qr = new Image(QrCodes.svgDataUrl(code.link()),
                getTranslation("programme.rollcall.code.qr", session.title()));
        qr.setId("check-in-qr");
        qr.addClassName("check-in-qr");
        String until = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(getLocale())
                .format(code.expiresAt().atZone(sessions.myZone()));
        Paragraph validity = new Paragraph(getTranslation("programme.rollcall.code.until", until));
        validity.setId("check-in-until");
        shown.add(big, qr, validity, new Paragraph(code.link()));
    }

    private Component sheet(SessionSummary session) {
        Anchor link = new Anchor();
        link.setText(getTranslation("programme.rollcall.sheet"));
        link.setId("sign-in-sheet");
        String fileName = getTranslation("programme.rollcall.sheet-file", session.id().value());
        java.util.Locale locale = getLocale();
        link.setHref(DownloadHandler.fromInputStream(event -> {
            try {
                byte[] pdf = attendance.signInSheet(id, locale);
                return new DownloadResponse(new ByteArrayInputStream(pdf), fileName, "application/pdf", pdf.length);
            } catch (UserFacingException | org.springframework.security.access.AccessDeniedException refused) {
                return DownloadResponse.error(404);
            }
        }));
        link.getElement().setAttribute("download", true);
        return new Paragraph(link);
    }

    private Details historySection() {
        history.setId("rollcall-history");
        historyDetails.setSummaryText(getTranslation("programme.rollcall.history"));
        historyDetails.add(history);
        historyDetails.setId("rollcall-history-details");
        return historyDetails;
    }

    private void refreshHistory() {
        history.removeAll();
        if (!historyDetails.isOpened()) {
            return;
        }
        List<AttendanceChangeView> changes = attendance.history(id);
        if (changes.isEmpty()) {
            history.add(new Paragraph(getTranslation("programme.rollcall.history-empty")));
            return;
        }
        DateTimeFormatter at = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(getLocale());
        ZoneId zone = sessions.myZone();
        for (AttendanceChangeView change : changes.stream().limit(200).toList()) {
            history.add(new Paragraph(getTranslation("programme.rollcall.history-line",
                    at.format(change.changedAt().atZone(zone)), change.person().fullName(),
                    change.mark() == null ? getTranslation("programme.rollcall.taken-back")
                            : getTranslation(change.mark().messageKey()),
                    getTranslation(change.source().messageKey()), change.changedBy())));
        }
    }
}
