package org.paralelo.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.paralelo.base.Languages;
import org.paralelo.people.ImportMapping;
import org.paralelo.people.ImportOutcome;
import org.paralelo.people.ImportPreview;
import org.paralelo.people.ImportRowPreview;
import org.paralelo.people.ImportTable;
import org.paralelo.people.ParticipantImportService;
import org.paralelo.people.domain.PersonRepository;
import org.paralelo.support.As;
import org.paralelo.support.HtmlSafety;
import org.paralelo.support.ParaleloSpringTest;
import org.paralelo.support.People;
import org.springframework.beans.factory.annotation.Autowired;

/** Hostile names through the import: stored as typed, never interpreted, and neutralised in the links CSV. */
@ParaleloSpringTest
@Tag("persistence")
class ParticipantImportRunTest {

    @Autowired
    ParticipantImportService imports;
    @Autowired
    ParticipantImportRun importRun;
    @Autowired
    PersonRepository people;

    @Test
    void formula_and_xss_names_are_kept_as_text_and_the_links_csv_neutralises_formulas() throws IOException {
        String run = People.uniqueUsername("hostil");
        List<String> names = new ArrayList<>(List.of("=HYPERLINK(\"https://evil.example\",\"clic\")", "+SUM(1,2)",
                "-2+3", "@cmd", "\tTabulada"));
        HtmlSafety.payloads().stream().filter(p -> p.length() <= 200).limit(40).forEach(names::add);
        StringBuilder csv = new StringBuilder("Nombre,Correo\r\n");
        for (int i = 0; i < names.size(); i++) {
            csv.append('"').append(names.get(i).replace("\"", "\"\"")).append("\",h").append(i).append('.')
                    .append(run).append("@ejemplo.mx\r\n");
        }
        ImportTable table = As.admin(() -> imports.read(csv.toString().getBytes(StandardCharsets.UTF_8)));
        ImportMapping mapping = ImportMapping.guess(table.headers());

        ImportPreview preview = As.admin(() -> imports.preview(table, mapping));
        assertThat(preview.rows()).extracting(ImportRowPreview::outcome).containsOnly(ImportOutcome.CREATE);
        ParticipantImportRun.Outcome outcome = As.admin(() -> importRun.confirm(table, mapping, null));
        assertThat(outcome.result().created()).isEqualTo(names.size());
        assertThat(people.findByEmail("h0." + run + "@ejemplo.mx").orElseThrow().getFullName())
                .isEqualTo(names.getFirst());

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        As.admin(() -> {
            try {
                importRun.writeLinks(outcome.result().links(), Languages.ENGLISH, out);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        String written = out.toString(StandardCharsets.UTF_8);
        assertThat(written).startsWith("\uFEFFName,Username,Activation link,Valid until");
        List<CSVRecord> records = CSVParser.parse(written.substring(1), CSVFormat.DEFAULT).getRecords();
        assertThat(records).hasSize(names.size() + 1);
        for (CSVRecord record : records.subList(1, records.size())) {
            assertThat(record.get(0)).doesNotStartWith("=").doesNotStartWith("+").doesNotStartWith("-")
                    .doesNotStartWith("@").doesNotStartWith("\t");
            assertThat(record.get(2)).contains("/activar/");
        }
        assertThat(records).extracting(r -> r.get(0)).contains("'=HYPERLINK(\"https://evil.example\",\"clic\")",
                "'+SUM(1,2)", "'-2+3", "'@cmd");
    }
}
