package org.paralelo.interchange;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.paralelo.courses.CourseId;
import org.paralelo.people.AuditAction;
import org.paralelo.people.AuditService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Exports a course (a published version, or the draft) as an IMS Common Cartridge 1.3 that Moodle, Canvas and
 * Chamilo import. The course is first written as its {@code paralelo-course/1} package and read back, so both
 * exports share one reading of the course; the cartridge is then written from that ({@link CartridgeWriter}).
 */
@Service
@Transactional(readOnly = true)
public class CartridgeExporter {

    private final CoursePackageExporter packages;
    private final AuditService audit;

    CartridgeExporter(CoursePackageExporter packages, AuditService audit) {
        this.packages = packages;
        this.audit = audit;
    }

    /** The cartridge as a ZIP, and what had no Common Cartridge equivalent. */
    public record Export(byte[] zip, List<PackageProblem> lost) {
    }

    /** Read-write: it writes the audit entry, which MariaDB refuses in a read-only transaction. */
    @PreAuthorize("@courseAccess.canEdit(#course)")
    @Transactional
    public Export export(CourseId course, @Nullable Integer version) {
        PackageRead read = PackageReader.read(PackageFiles.of(packages.files(course, version)));
        CoursePackage pkg = read.coursePackage();
        if (pkg == null) {
            throw new IllegalStateException("The course's own package could not be read back: " + read.errors());
        }
        CartridgeWriter.Written written = CartridgeWriter.write(pkg);
        audit.record(AuditAction.PACKAGE_EXPORTED, course.value() + (version == null ? "" : " v" + version)
                + " (IMS CC)");
        return new Export(CoursePackageExporter.zip(written.files()), written.lost());
    }
}
