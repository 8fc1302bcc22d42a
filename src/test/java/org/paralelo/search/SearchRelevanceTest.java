package org.paralelo.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.paralelo.courses.CourseImportService;
import org.paralelo.interchange.SampleLibrary;
import org.paralelo.media.MediaService;
import org.paralelo.people.AccountService;
import org.paralelo.people.Role;
import org.paralelo.support.As;
import org.paralelo.support.ParaleloSpringTest;
import org.paralelo.support.People;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A small judged set over the sample library: each query with the lesson a person asking it wants in the top 3.
 * Queries are typed the way learners type (often without accents). Prints the top-3 hit rate and the mean
 * reciprocal rank; the figures are in docs/search.md.
 */
@ParaleloSpringTest
class SearchRelevanceTest {

    record Judged(String query, String course, String expected) {
    }

    static final String GESTION = "Gestión empresarial para proyectos culturales";
    static final List<Judged> JUDGED = List.of(
            new Judged("punto de equilibrio", null, "El punto de equilibrio: cuánto necesito vender"),
            new Judged("flujo de efectivo", null, "El flujo de efectivo: cuándo entra y cuándo sale el dinero"),
            new Judged("costos fijos variables", null, "Costos fijos y variables: cuánto cuesta lo que hacemos"),
            new Judged("fijar precios justos", null, "Cómo fijar precios justos y sostenibles"),
            new Judged("lienzo modelo de negocio", null, "El lienzo de modelo de negocio aplicado a la cultura"),
            new Judged("cooperativa asociacion civil", null,
                    "Figuras jurídicas: cooperativa, asociación civil y otras opciones"),
            new Judged("nociones fiscales", null, "Nociones fiscales para emprendimientos culturales en México"),
            new Judged("ingresos egresos comprobantes", null, "Registros básicos: ingresos, egresos y comprobantes"),
            new Judged("opciones de financiamiento", null, "Opciones de financiamiento para proyectos culturales"),
            new Judged("marco logico", null, "La matriz de marco lógico, paso a paso"),
            new Judged("cronograma plan de trabajo", null, "Plan de trabajo y cronograma"),
            new Judged("riesgos contingencia", null, "Riesgos y planes de contingencia"),
            new Judged("voluntariado", null, "Trabajar con voluntariado"),
            new Judged("minuta orden del dia", null, "Reuniones que sirven: orden del día, minuta y seguimiento"),
            new Judged("atender conflictos", null, "Tomar decisiones y atender conflictos"),
            new Judged("indicadores instrumentos", null, "Evaluar para aprender: indicadores e instrumentos"),
            new Judged("informes financiadores", null, "Informes a financiadores y cierre del proyecto"),
            new Judged("segmentacion perfiles de publico", null, "Segmentación y perfiles de público"),
            new Judged("encuestas entrevistas observacion", null,
                    "Investigar a tus públicos: encuestas, entrevistas y observación"),
            new Judged("redes sociales poco presupuesto", null, "Redes sociales con poco presupuesto"),
            new Judged("medios locales canales comunitarios", null, "Medios locales y canales comunitarios"),
            new Judged("fidelizar publicos", null, "Fidelizar públicos: de la primera visita a la alianza"),
            new Judged("bandas de viento", null, "Caso integrador: el Encuentro Regional de Bandas de Viento"),
            new Judged("que es el marketing cultural", null, "¿Qué es la mercadotecnia cultural?"),
            new Judged("derechos conexos indautor", null, "Derechos conexos, gestión colectiva e INDAUTOR"),
            new Judged("obra por encargo", null, "Licencias, transmisión de derechos y obra por encargo"),
            new Judged("contratar talleristas", null, "Contratar a artistas y talleristas: prestación de servicios"),
            new Judged("coproduccion convenio", null, "Coproducción y convenios de colaboración"),
            new Judged("permisos eventos publicos", null, "Permisos para eventos públicos"),
            new Judged("conflicto de interes convocatoria", null,
                    "Convocatorias, reglas de operación y conflictos de interés"),
            new Judged("rendicion de cuentas", null, "Comprobación y rendición de cuentas"),
            new Judged("cultural mapping", null, "Cultural mapping: finding what is already there"),
            new Judged("creative cities application", null, "Creative cities and preparing an application"),
            new Judged("cultural rights local government", null,
                    "Cultural rights and what they mean for local government"),
            new Judged("budgeting funding", null, "Budgeting the programme and diversifying funding"),
            new Judged("conexion lenta", null, "Estudiar con conexión lenta y retomar donde te quedaste"),
            new Judged("constancias", null, "Autoevaluaciones y constancias"),
            new Judged("desarrollo de publicos", null, "Desarrollo de públicos: ampliar, diversificar y profundizar"),
            new Judged("presupuesto de un proyecto cultural", null, "El presupuesto de un proyecto cultural"),
            new Judged("usar obras ajenas", null, "Usar obras ajenas con responsabilidad"));

    @Autowired
    SearchService search;
    @Autowired
    CourseImportService imports;
    @Autowired
    SampleLibrary library;
    @Autowired
    IndexAdminService admin;
    @Autowired
    MediaService media;
    @Autowired
    AccountService accounts;
    @Autowired
    CourseIndexer indexer;
    @Autowired
    AttachmentTextStore attachments;

    String learner;

    @BeforeEach
    void library() {
        SampleContent.load(library, imports, media, admin, indexer, attachments);
        learner = People.uniqueUsername("relevancia");
        People.create(accounts, learner, Role.LEARNER);
    }

    @Test
    void judged_queries_find_the_expected_lesson_in_the_top_three() {
        int inTopThree = 0;
        double reciprocalRanks = 0;
        List<String> misses = new ArrayList<>();
        for (Judged judged : JUDGED) {
            List<String> titles = As.user(learner, new String[] {"LEARNER"},
                    () -> search.search(SearchRequest.of(judged.query()))).hits().stream()
                    .map(SearchHit::title).toList();
            int rank = titles.indexOf(judged.expected()) + 1;
            if (rank >= 1 && rank <= 3) {
                inTopThree++;
            } else {
                misses.add(judged.query() + " → " + (rank == 0 ? "not in the first page" : "rank " + rank)
                        + " " + titles.stream().limit(3).toList());
            }
            reciprocalRanks += rank == 0 ? 0 : 1.0 / rank;
        }
        double hitRate = (double) inTopThree / JUDGED.size();
        double mrr = reciprocalRanks / JUDGED.size();
        System.out.printf(Locale.ROOT, "SEARCH RELEVANCE: %d queries, top-3 hit rate %.3f (%d/%d), MRR %.3f%n",
                JUDGED.size(), hitRate, inTopThree, JUDGED.size(), mrr);
        misses.forEach(miss -> System.out.println("SEARCH RELEVANCE MISS: " + miss));
        assertThat(JUDGED).hasSizeGreaterThanOrEqualTo(30);
        assertThat(hitRate).as("top-3 hit rate; misses: %s", misses).isGreaterThanOrEqualTo(0.85);
    }
}
