package org.paralelo.learning;

import org.paralelo.base.ProgrammeZone;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.paralelo.base.Languages;
import org.paralelo.base.UserFacingException;
import org.paralelo.courses.CourseId;
import org.paralelo.learning.domain.Certificate;
import org.paralelo.learning.domain.CertificateRepository;
import org.paralelo.people.Caller;
import org.paralelo.people.PersonId;
import org.paralelo.people.ProfileService;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Certificates: learners list and download their own; anyone verifies a code; admins find and revoke. Someone
 * else's certificate is reported as absent, whatever code or id is tried.
 */
@Service
@Transactional
public class CertificateService {

    /** Dates on certificates are the calendar day in Mexico City, where the programme runs. */
    static final ZoneId PROGRAMME_ZONE = ProgrammeZone.ZONE;

    private final CertificateRepository certificates;
    private final ProfileService profiles;
    private final CertificatePdf pdf;
    private final Clock clock;
    private final Caller caller;

    CertificateService(CertificateRepository certificates, ProfileService profiles, CertificatePdf pdf, Clock clock,
                       Caller caller) {
        this.certificates = certificates;
        this.profiles = profiles;
        this.pdf = pdf;
        this.clock = clock;
        this.caller = caller;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<CertificateView> mine() {
        return profiles.myId().map(me -> certificates.findByPersonIdOrderByIssuedAtDesc(me.value()).stream()
                .map(CertificateService::view).toList()).orElse(List.of());
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Optional<CertificateView> myCertificate(CourseId course) {
        return profiles.myId().flatMap(me -> certificates.findByCourseIdAndPersonId(course.value(), me.value()))
                .map(CertificateService::view);
    }

    /** The PDF, for its owner or an admin; a revoked certificate is no longer handed out. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public byte[] pdf(String code) {
        Certificate certificate = certificates.findByCode(CertificateIssuer.normalise(code))
                .filter(this::mineOrAdmin).orElseThrow(() -> new UserFacingException("error.learning.certificate-not-found"));
        if (certificate.getRevokedAt() != null) {
            throw new UserFacingException("error.learning.certificate-revoked");
        }
        return pdf.render(view(certificate));
    }

    /** Public: valid or revoked, with name, course and date only. */
    @Transactional(readOnly = true)
    @PreAuthorize("permitAll()")
    public Optional<Verification> verify(String code) {
        String normalised = CertificateIssuer.normalise(code);
        if (!normalised.matches("[A-Z0-9-]{19}")) {
            return Optional.empty();
        }
        return certificates.findByCode(normalised).map(c -> new Verification(c.getRevokedAt() == null,
                c.getPersonName(), c.getCourseTitle(), c.getIssuedAt().atZone(PROGRAMME_ZONE).toLocalDate()));
    }

    /** Admins find certificates by person name, course title or exact code; newest first, at most 200. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN')")
    public List<CertificateView> search(String text) {
        String needle = text == null ? "" : text.strip().toLowerCase(java.util.Locale.ROOT);
        if (needle.length() > 200) {
            needle = needle.substring(0, 200);
        }
        return certificates.search(needle, PageRequest.of(0, 200)).stream().map(CertificateService::view).toList();
    }

    @PreAuthorize("hasRole('ADMIN')")
    public CertificateView revoke(String code) {
        Certificate certificate = certificates.findByCode(CertificateIssuer.normalise(code))
                .orElseThrow(() -> new UserFacingException("error.learning.certificate-not-found"));
        certificate.revoke(profiles.myId().map(PersonId::value).orElse(0L), clock.instant());
        return view(certificate);
    }

    private boolean mineOrAdmin(Certificate certificate) {
        return caller.isAdmin() || profiles.myId().map(me -> me.value() == certificate.getPersonId()).orElse(false);
    }

    static CertificateView view(Certificate c) {
        return new CertificateView(c.getCode(), new CourseId(c.getCourseId()), c.getCourseTitle(), c.getPersonName(),
                c.getHours(), Languages.fromTag(c.getLanguage()), c.getIssuedAt(), c.getRevokedAt(),
                c.getOnsiteMinutes());
    }
}
