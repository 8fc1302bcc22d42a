package org.paralelo.programme;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.paralelo.support.As;
import org.paralelo.support.ParaleloSpringTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The sample series loads once: six workshops (two already held, with minutes), twenty neighbourhood councils and
 * the municipal office, agreements with follow-ups, pending first.
 */
@ParaleloSpringTest
class DebateSamplesTest {

    @Autowired DebateSamples samples;
    @Autowired SeriesService series;
    @Autowired OrganisationService organisations;
    @Autowired DebateRecordService records;

    @Test
    void the_sample_series_loads_with_six_workshops_twenty_councils_and_agreements_and_a_second_load_adds_nothing() {
        boolean first = samples.load();
        boolean again = samples.load();

        assertThat(first).isTrue();
        assertThat(again).isFalse();
        SeriesSummary sample = As.admin(() -> series.visible()).stream()
                .filter(s -> s.name().equals(DebateSamples.NAME)).findFirst().orElseThrow();
        assertThat(sample.sessions()).isEqualTo(6);
        assertThat(As.admin(() -> organisations.of(sample.id())))
                .filteredOn(o -> o.kind() == OrganisationKind.NEIGHBOURHOOD_COUNCIL).hasSize(20);
        SessionId firstWorkshop = As.admin(() -> series.sessions(sample.id())).getFirst().id();
        assertThat(As.admin(() -> records.minutes(firstWorkshop)).safeHtml()).contains("<h2>Asistentes</h2>");
        assertThat(As.admin(() -> organisations.present(firstWorkshop))).hasSize(17);
        var agreements = As.admin(() -> records.agreements(sample.id(), Set.of()));
        assertThat(agreements).hasSize(5);
        assertThat(agreements.getLast().status()).isEqualTo(AgreementStatus.DROPPED);
        assertThat(agreements).anyMatch(AgreementView::overdue);
        assertThat(agreements).anyMatch(a -> !a.notes().isEmpty() && a.status() == AgreementStatus.IN_PROGRESS);
    }
}
