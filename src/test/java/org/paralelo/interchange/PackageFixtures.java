package org.paralelo.interchange;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/** Small course packages for tests, built file by file. */
final class PackageFixtures {

    static final String MANIFEST = """
            format: paralelo-course/1
            code: %s
            language: es-MX
            title: "Taller de prueba"
            summary: "Un curso mínimo para pruebas."
            topics: [gestion-empresarial]
            estimatedHours: 2
            modules:
              - code: m1
                title: "Primer módulo"
                objectives: "- Aprender"
                items:
                  - type: lesson
                    code: l1
                    title: "Primera lección"
                    file: lessons/l1.md
                    required: true
                  - type: quiz
                    code: q1
                    title: "Autoevaluación"
                    file: quizzes/q1.gift
                    required: false
                    settings:
                      passMarkPercent: 60
                      attemptsAllowed: 2
                      timeLimitMinutes: 10
                      shuffleQuestions: false
                      shuffleAnswers: true
                      feedback: immediately
                      grading: last
            """;

    static final String LESSON = "# Hola\n\nDescarga la [plantilla](media/plantilla.pdf).\n";
    static final String QUIZ = """
            $CATEGORY: prueba
            ¿La casa de cultura abre en domingo? {T}

            ¿Cuánto es 2 + 2? {#4}
            """;

    private PackageFixtures() {
    }

    /** A valid package with one lesson linking one PDF, and a quiz of two questions. */
    static Map<String, byte[]> minimal(String code) {
        Map<String, byte[]> files = new TreeMap<>();
        files.put("course.yaml", utf8(MANIFEST.formatted(code)));
        files.put("lessons/l1.md", utf8(LESSON));
        files.put("quizzes/q1.gift", utf8(QUIZ));
        files.put("media/plantilla.pdf", pdf());
        return files;
    }

    static Map<String, byte[]> with(Map<String, byte[]> files, String path, String content) {
        Map<String, byte[]> copy = new LinkedHashMap<>(files);
        copy.put(path, utf8(content));
        return copy;
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** A tiny but real PDF, enough for type detection. */
    static byte[] pdf() {
        return utf8("""
                %PDF-1.4
                1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj
                2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj
                trailer << /Root 1 0 R >>
                %%EOF
                """);
    }
}
