package org.paralelo.learning.ui;

import org.paralelo.base.ProgrammeZone;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.paralelo.base.ui.TitledByHeading;
import org.paralelo.courses.CatalogueService;
import org.paralelo.courses.CourseCard;
import org.paralelo.courses.CourseId;
import org.paralelo.courses.LearnerPaths;
import org.paralelo.learning.CertificateService;
import org.paralelo.learning.CertificateView;
import org.paralelo.learning.MyCourse;
import org.paralelo.learning.OutlineItem;
import org.paralelo.learning.ProgressService;

/**
 * A learner's home: the courses under way with a progress bar and "Continue" to the next step, then completed
 * courses (also those no longer published), every certificate they hold with its download and verification
 * links, and a few courses open to them, so the first visit already leads somewhere.
 */
@Route("mis-cursos")
@Menu(order = 1, title = "menu.my-courses", icon = "vaadin:academy-cap")
@RolesAllowed("LEARNER")
public class LearnerHomeView extends Main implements TitledByHeading {

    /** How many not-yet-enrolled courses the home suggests; the catalogue has them all. */
    private static final int SUGGESTIONS = 6;

    private final DateTimeFormatter dates;

    LearnerHomeView(ProgressService progress, CertificateService certificates, CatalogueService catalogue) {
        addClassName("page");
        dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(getLocale())
                .withZone(ProgrammeZone.ZONE);
        add(new H1(getTranslation("menu.my-courses")));
        Paragraph intro = new Paragraph(getTranslation("learner.home.intro"));
        intro.setId("learner-home-intro");
        add(intro);
        List<MyCourse> mine = progress.myCourses();
        List<MyCourse> underway = mine.stream().filter(c -> !c.completed()).toList();
        List<MyCourse> completed = mine.stream().filter(MyCourse::completed).toList();
        if (mine.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("learning.home.none"));
            none.setId("learner-home-empty");
            add(none);
        }
        if (!underway.isEmpty()) {
            add(new H2(getTranslation("learning.home.underway")), cards(underway, certificates, "underway"));
        }
        if (!completed.isEmpty()) {
            add(new H2(getTranslation("learning.home.completed")), cards(completed, certificates, "completed"));
        }
        add(myCertificates(certificates));
        Set<CourseId> enrolled = mine.stream().map(MyCourse::course).collect(Collectors.toSet());
        List<CourseCard> others = catalogue.newestPublished(SUGGESTIONS + enrolled.size()).stream()
                .filter(c -> !enrolled.contains(c.id())).limit(SUGGESTIONS).toList();
        if (!others.isEmpty()) {
            Div suggestions = new Div();
            suggestions.addClassName("course-cards");
            suggestions.setId("available-courses");
            others.forEach(course -> suggestions.add(new CourseTile(course)));
            add(new H2(getTranslation("learner.home.available")), suggestions);
        }
        Anchor browse = new Anchor("cursos", getTranslation("learning.home.browse"));
        browse.setId("browse-catalogue");
        browse.addClassName("button-link");
        add(browse);
    }

    private Div cards(List<MyCourse> courses, CertificateService certificates, String id) {
        Div cards = new Div();
        cards.addClassName("course-cards");
        cards.setId("my-courses-" + id);
        for (MyCourse course : courses) {
            Article card = new Article();
            card.addClassName("course-card");
            String title = course.title() == null ? getTranslation("learning.home.course-withdrawn") : course.title();
            if (course.progress() == null) {
                // Completed, then unpublished: no page to link to, but the completion and certificate stay.
                card.add(new H3(title), new Paragraph(getTranslation("learning.home.completed-unpublished",
                        dates.format(course.completedAt()))));
            } else {
                card.add(new H3(new Anchor(LearnerPaths.coursePage(course.course()), title)),
                        new ProgressLine(course.progress()));
                OutlineItem next = course.progress().next();
                if (next != null) {
                    Anchor resume = new Anchor(LearnerPaths.item(course.course(), next.kind(), next.key()),
                            getTranslation("learning.continue"));
                    resume.addClassName("button-link");
                    resume.addClassName("primary");
                    resume.getElement().setAttribute("aria-label",
                            getTranslation("learning.continue-with", next.title()));
                    card.add(resume);
                }
            }
            if (course.certificate() != null) {
                card.add(course.certificate().revoked()
                        ? new Paragraph(getTranslation("learning.certificate.revoked"))
                        : CertificateDownload.link(certificates, course.certificate(),
                        getTranslation("learning.certificate.download")));
            }
            cards.add(card);
        }
        return cards;
    }

    /** Every certificate the learner holds, whatever became of its course; revoked ones are marked, not offered. */
    private Section myCertificates(CertificateService certificates) {
        Section section = new Section(new H2(getTranslation("learning.home.certificates")));
        section.setId("my-certificates");
        List<CertificateView> held = certificates.mine();
        if (held.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("learning.home.certificates-none"));
            none.setId("my-certificates-empty");
            section.add(none);
            return section;
        }
        Div list = new Div();
        list.addClassName("course-cards");
        for (CertificateView certificate : held) {
            Article card = new Article();
            card.addClassNames("course-card", "certificate-card");
            card.setId("certificate-" + certificate.code());
            Span state = new Span(getTranslation(certificate.revoked() ? "learning.verify.revoked"
                    : "learning.verify.valid"));
            state.getElement().getThemeList().add(certificate.revoked() ? "badge error" : "badge success");
            state.addClassName("certificate-state");
            Paragraph issued = new Paragraph(getTranslation("learning.home.certificate-issued",
                    dates.format(certificate.issuedAt()), certificate.code()));
            card.add(new H3(certificate.courseTitle()), state, issued);
            if (!certificate.revoked()) {
                card.add(CertificateDownload.link(certificates, certificate,
                        getTranslation("learning.certificate.download")));
            }
            Anchor verify = new Anchor(VerifyView.path(certificate.code()), getTranslation("learning.home.verify"));
            verify.addClassName("certificate-verify");
            verify.setTarget("_blank");
            card.add(verify);
            list.add(card);
        }
        section.add(list);
        return section;
    }
}
