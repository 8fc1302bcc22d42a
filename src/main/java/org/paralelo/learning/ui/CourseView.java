package org.paralelo.learning.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.paralelo.base.Languages;
import org.paralelo.base.ui.LearnerPreview;
import org.paralelo.base.ui.Notifications;
import org.paralelo.base.ui.Refusals;
import org.paralelo.base.ui.RouteIds;
import org.paralelo.base.ui.TitledByHeading;
import org.paralelo.courses.AuthoringPaths;
import org.paralelo.courses.CatalogueService;
import org.paralelo.courses.CourseId;
import org.paralelo.courses.LearnerPaths;
import org.paralelo.courses.PublishedCourse;
import org.paralelo.learning.CertificateService;
import org.paralelo.learning.CourseProgress;
import org.paralelo.learning.EnrolmentService;
import org.paralelo.learning.EnrolmentStatus;
import org.paralelo.learning.OutlineItem;
import org.paralelo.learning.ProgressService;
import org.paralelo.people.PersonDirectory;

/**
 * A course page: summary, hours, language and trainers, the enrol button or the learner's progress with
 * "Continue", their certificate, and the syllabus with the status of each item. In "preview as learner" it shows
 * the draft.
 */
@Route("cursos/:courseId")
@PermitAll
public class CourseView extends Main implements TitledByHeading, BeforeEnterObserver {

    private final CatalogueService catalogue;
    private final EnrolmentService enrolment;
    private final ProgressService progress;
    private final CertificateService certificates;
    private final PersonDirectory directory;

    CourseView(CatalogueService catalogue, EnrolmentService enrolment, ProgressService progress,
               CertificateService certificates, PersonDirectory directory) {
        this.catalogue = catalogue;
        this.enrolment = enrolment;
        this.progress = progress;
        this.certificates = certificates;
        this.directory = directory;
        addClassName("page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        CourseId id = new CourseId(RouteIds.id(event, "courseId"));
        boolean preview = LearnerPreview.requested(event);
        PublishedCourse course = (preview ? catalogue.preview(id) : catalogue.published(id))
                .orElseThrow(NotFoundException::new);
        show(course, preview);
    }

    private void show(PublishedCourse course, boolean preview) {
        CourseId id = course.id();
        removeAll();
        if (preview) {
            add(LearnerPreview.banner(this, AuthoringPaths.courseEditor(id)));
        }
        add(new H1(course.title()), new Paragraph(course.summary()));
        Span facts = new Span(getTranslation("course.hours", course.estimatedHours()) + " · "
                + getTranslation("language-name." + Languages.fromTag(course.languageTag()).getLanguage()));
        facts.addClassName("facts");
        facts.setId("course-facts");
        add(facts);
        String trainers = catalogue.trainersOf(id).stream().map(directory::displayName).flatMap(Optional::stream)
                .collect(Collectors.joining(", "));
        if (!trainers.isBlank()) {
            Paragraph who = new Paragraph(getTranslation("learning.course.trainers", trainers));
            who.setId("course-trainers");
            add(who);
        }
        Optional<CourseProgress> mine = preview ? Optional.empty() : progress.myProgress(id);
        if (!preview) {
            add(enrolmentBox(course, mine));
        }
        if (enrolment.canManage(id)) {
            Anchor manage = new Anchor(LearnerPaths.learners(id), getTranslation("learning.course.manage"));
            manage.setId("manage-learners");
            add(manage);
        }
        Map<String, OutlineItem> statuses = mine.map(p -> p.outline().stream()
                .collect(Collectors.toMap(OutlineItem::key, Function.identity()))).orElse(Map.of());
        boolean canOpen = preview || mine.isPresent() || enrolment.canManage(id);
        for (PublishedCourse.Module module : course.modules()) {
            Section section = new Section(new H2(module.title()));
            section.addClassName("module");
            if (!module.objectives().isBlank()) {
                Div objectives = new Div(new Paragraph(module.objectives()));
                objectives.addClassName("objectives");
                section.add(objectives);
            }
            OrderedList items = new OrderedList();
            for (PublishedCourse.Item item : module.items()) {
                ListItem entry = new ListItem();
                String label = item.title() + (item.kind() == org.paralelo.courses.ItemKind.QUIZ
                        ? " (" + getTranslation("course.quiz") + ")" : "");
                if (canOpen) {
                    entry.add(new Anchor(LearnerPreview.keep(LearnerPaths.item(id, item.kind(), item.key()), preview), label));
                } else {
                    entry.add(new Span(label));
                }
                if (!item.required()) {
                    entry.add(new Span(" (" + getTranslation("course.optional") + ")"));
                }
                OutlineItem status = statuses.get(item.key());
                if (status != null) {
                    entry.add(StatusBadge.of(status.status()));
                }
                items.add(entry);
            }
            section.add(items);
            add(section);
        }
    }

    private Div enrolmentBox(PublishedCourse course, Optional<CourseProgress> mine) {
        Div box = new Div();
        box.addClassName("enrolment-box");
        box.setId("enrolment-box");
        CourseId id = course.id();
        EnrolmentStatus status = enrolment.myStatus(id);
        enrolment.myGroupChoice(id).ifPresent(choice -> {
            // Courses delivered in runs: the learner's run, or where to choose one.
            Anchor run = new Anchor(choice.path(), choice.mine() == null ? getTranslation("learning.run.choose")
                    : getTranslation("learning.run.mine", choice.mine()));
            run.setId("my-run-link");
            box.add(run);
        });
        if (mine.isPresent()) {
            box.add(new ProgressLine(mine.get()));
            OutlineItem next = mine.get().next();
            if (next != null) {
                Anchor resume = new Anchor(LearnerPaths.item(id, next.kind(), next.key()),
                        getTranslation("learning.continue"));
                resume.setId("continue");
                resume.addClassNames("button-link", "primary");
                box.add(resume);
            }
            certificates.myCertificate(id).ifPresent(certificate -> box.add(certificate.revoked()
                    ? new Paragraph(getTranslation("learning.certificate.revoked"))
                    : CertificateDownload.link(certificates, certificate,
                    getTranslation("learning.certificate.download"))));
        } else if (status == EnrolmentStatus.CAN_ENROL) {
            Button enrol = new Button(getTranslation("learning.enrol"), click -> {
                if (Refusals.attempt(this, () -> enrolment.enrolMe(id))) {
                    Notifications.success(getTranslation("learning.enrolled"));
                }
                show(course, false);
            });
            enrol.setId("enrol");
            enrol.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            enrol.setDisableOnClick(true);
            box.add(enrol);
        } else {
            Paragraph why = new Paragraph();
            why.setId("enrolment-status");
            why.setText(getTranslation(status.messageKey()));
            box.add(why);
        }
        return box;
    }
}
