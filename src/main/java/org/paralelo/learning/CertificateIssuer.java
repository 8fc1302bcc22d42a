package org.paralelo.learning;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.paralelo.base.Languages;
import org.paralelo.courses.PublishedCourse;
import org.paralelo.learning.domain.Certificate;
import org.paralelo.learning.domain.CertificateRepository;
import org.paralelo.people.PersonDirectory;
import org.paralelo.people.PersonFacts;
import org.paralelo.people.PersonId;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Issues one certificate per learner and course, copying name, title, hours (online, and on site as the
 * {@link OnSiteHours} beans count them) and language as they are now. The
 * verification code is 80 random bits in an unambiguous alphabet, so it cannot be guessed or enumerated.
 */
@Component
class CertificateIssuer {

    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final CertificateRepository certificates;
    private final PersonDirectory directory;
    private final ApplicationEventPublisher events;
    private final List<OnSiteHours> onSite;

    CertificateIssuer(CertificateRepository certificates, PersonDirectory directory, ApplicationEventPublisher events,
                      List<OnSiteHours> onSite) {
        this.certificates = certificates;
        this.directory = directory;
        this.events = events;
        this.onSite = onSite;
    }

    /** Runs as the system task: the learner's name and language come from the directory. */
    void issue(PublishedCourse course, PersonId learner, Instant now) {
        if (certificates.findByCourseIdAndPersonId(course.courseId(), learner.value()).isPresent()) {
            return;
        }
        PersonFacts person = directory.facts(List.of(learner)).getFirst();
        String name = person.fullName();
        Locale language = person.language();
        String code = newCode();
        Certificate certificate = new Certificate(code, course.courseId(), learner.value(), name, course.title(),
                course.estimatedHours(), Languages.tag(Languages.supported(language)), now);
        long minutes = onSite.stream().map(h -> h.deliveredOnSite(course.id(), learner))
                .reduce(Duration.ZERO, Duration::plus).toMinutes();
        certificate.setOnsiteMinutes(minutes > 0 ? Math.toIntExact(minutes) : null);
        certificates.save(certificate);
        events.publishEvent(new CertificateIssued(course.id(), learner, code));
    }

    /** Four groups of four, e.g. {@code K7QM-2XPA-9RTB-HW4C}; 32^16 = 2^80 possibilities. */
    static String newCode() {
        StringBuilder code = new StringBuilder(19);
        for (int i = 0; i < 16; i++) {
            if (i > 0 && i % 4 == 0) {
                code.append('-');
            }
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** Codes as typed by people: case and spaces do not matter; anything else malformed is simply unknown. */
    static String normalise(String typed) {
        return typed == null ? "" : typed.strip().toUpperCase(java.util.Locale.ROOT);
    }
}
