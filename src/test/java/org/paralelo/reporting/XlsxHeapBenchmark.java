package org.paralelo.reporting;

import java.io.IOException;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;

/**
 * Benchmark, not a test: a 100,000-row XLSX written through the export's {@link TableWriter} to a stream that keeps
 * nothing. Every 10,000 rows the heap is collected and the heap in use sampled, so the growth reported (highest
 * sample minus the heap after a collection before writing) is what the writer keeps, not garbage.
 *
 * <pre>./mvnw -q test-compile org.codehaus.mojo:exec-maven-plugin:3.5.0:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=org.paralelo.reporting.XlsxHeapBenchmark</pre>
 */
public final class XlsxHeapBenchmark {

    private static final int ROWS = 100_000;

    private XlsxHeapBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        Runtime runtime = Runtime.getRuntime();
        System.gc();
        long before = runtime.totalMemory() - runtime.freeMemory();
        long[] peak = {before};
        Iterator<List<Object>> cells = new Iterator<>() {
            private int i;

            @Override
            public boolean hasNext() {
                return i < ROWS;
            }

            @Override
            public List<Object> next() {
                if (i % 10_000 == 0) {
                    System.gc();
                    peak[0] = Math.max(peak[0], runtime.totalMemory() - runtime.freeMemory());
                }
                i++;
                return Arrays.asList("Persona " + i + " de Teotitlán del Valle", i % 20, i % 7, i % 5, i % 3, 1,
                        i % 2, 40.0 + i % 60);
            }
        };
        long start = System.nanoTime();
        DashboardBenchmark.CountingStream out = new DashboardBenchmark.CountingStream();
        TableWriter.write(ExportFormat.XLSX, "Personas", List.of("Persona", "Cursos", "Inscripciones", "Activas",
                "Concluidas", "Certificados", "Otra", "Evaluaciones"), cells, out);
        System.out.printf("XLSX of %,d rows: %d ms (with 10 forced GCs), %,d bytes, live heap growth %.1f MB%n",
                ROWS, (System.nanoTime() - start) / 1_000_000, out.count, (peak[0] - before) / 1e6);
    }
}
