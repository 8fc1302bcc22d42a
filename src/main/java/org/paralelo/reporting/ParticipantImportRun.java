package org.paralelo.reporting;

import java.io.IOException;
import java.io.OutputStream;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.paralelo.base.ProgrammeZone;
import org.paralelo.learning.GroupEnrolment;
import org.paralelo.people.ActivationLink;
import org.paralelo.people.ImportMapping;
import org.paralelo.people.ImportResult;
import org.paralelo.people.ImportTable;
import org.paralelo.people.ParticipantImportService;
import org.paralelo.programme.RunId;
import org.paralelo.programme.RunService;
import org.paralelo.programme.RunSummary;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The bulk import with its run option: people's import, then programme's enrolment of everyone on a valid row,
 * in one transaction (a run that is full or closed undoes the import too). A coordinator imports learners of
 * their regions and enrols them into runs they follow. It sits in reporting because reporting
 * may use both people and programme, while people must not know programme. Also writes the activation links as a
 * CSV for the admin to hand out, neutralised against formulas like every export.
 */
@Service
@Transactional
@PreAuthorize(ParticipantImportService.IMPORTERS)
public class ParticipantImportRun {

    private final ParticipantImportService imports;
    private final RunService runs;
    private final MessageSource messages;

    ParticipantImportRun(ParticipantImportService imports, RunService runs, MessageSource messages) {
        this.imports = imports;
        this.runs = runs;
        this.messages = messages;
    }

    /** What a confirmed import did, and the enrolment if a run was chosen. */
    public record Outcome(ImportResult result, @Nullable GroupEnrolment enrolment) {
    }

    @Transactional(readOnly = true)
    @PreAuthorize(ParticipantImportService.IMPORTERS)
    public List<RunSummary> runsToEnrolInto() {
        return runs.runsToEnrolInto();
    }

    @PreAuthorize(ParticipantImportService.IMPORTERS)
    public Outcome confirm(ImportTable table, ImportMapping mapping, @Nullable RunId run) {
        ImportResult result = imports.confirm(table, mapping);
        GroupEnrolment enrolment = run == null ? null : runs.enrolAll(run, result.imported());
        return new Outcome(result, enrolment);
    }

    /** The links as CSV (UTF-8 with BOM): name, username, link, valid until, in the admin's language. */
    @PreAuthorize(ParticipantImportService.IMPORTERS)
    public void writeLinks(List<ActivationLink> links, Locale locale, OutputStream out) throws IOException {
        DateTimeFormatter until = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(locale)
                .withZone(ProgrammeZone.ZONE);
        List<String> header = Arrays.asList(text("import.links.header.name", locale),
                text("import.links.header.username", locale), text("import.links.header.link", locale),
                text("import.links.header.valid-until", locale));
        TableWriter.write(ExportFormat.CSV, "links", header, links.stream()
                .map(l -> List.<@Nullable Object>of(l.fullName(), l.username(), l.link(), until.format(l.expiresAt())))
                .iterator(), out);
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
