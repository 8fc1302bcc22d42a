package org.paralelo.programme.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import java.time.ZoneId;
import java.util.Locale;
import org.paralelo.programme.AttendanceStatus;
import org.paralelo.programme.SessionTimes;

/**
 * A learner's own attendance in their run: "2 of 3 required sessions", what is still missing for completion, and
 * each session held so far with their mark.
 */
final class MyAttendanceSection {

    private MyAttendanceSection() {
    }

    static Section of(Component on, AttendanceStatus status, ZoneId viewer, Locale locale) {
        Paragraph summary = new Paragraph(status.requirement().required()
                ? on.getTranslation("programme.my-attendance.required", status.counted(), status.needed())
                : on.getTranslation("programme.my-attendance.count", status.counted(), status.held()));
        summary.setId("my-attendance-status");
        Section section = new Section(new H2(on.getTranslation("programme.my-attendance.title")), summary);
        section.setId("my-attendance");
        if (status.requirement().required()) {
            Paragraph missing = new Paragraph(status.met() ? on.getTranslation("programme.my-attendance.met")
                    : on.getTranslation("programme.my-attendance.missing", status.missing()));
            missing.setId("my-attendance-missing");
            section.add(missing);
            if (status.requirement().excusedCounts()) {
                section.add(new Paragraph(on.getTranslation("programme.my-attendance.excused-counts")));
            }
        }
        if (status.sessions().isEmpty()) {
            section.add(new Paragraph(on.getTranslation("programme.my-attendance.none-yet")));
            return section;
        }
        UnorderedList list = new UnorderedList();
        list.setId("my-attendance-sessions");
        status.sessions().forEach(entry -> {
            SessionTimes.Shown shown = SessionTimes.in(entry.starts(), entry.ends(), viewer, locale);
            ListItem item = new ListItem(on.getTranslation("programme.my-attendance.entry", entry.title(),
                    shown.date(), entry.mark() == null ? on.getTranslation("programme.my-attendance.not-marked")
                            : Labels.of(on, entry.mark().messageKey())));
            item.setId("my-attendance-" + entry.session().value());
            list.add(item);
        });
        section.add(list);
        return section;
    }
}
