package org.paralelo.programme;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.paralelo.courses.CourseId;
import org.paralelo.courses.CourseImportService;
import org.paralelo.interchange.SampleLibrary;
import org.paralelo.support.As;
import org.paralelo.support.ParaleloSpringTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Two nodes starting at the same moment run the first-start tasks at the same moment; two threads stand in for them
 * (the tasks share nothing in memory between nodes, only the database, so threads over it meet the same races).
 */
@ParaleloSpringTest
@Tag("persistence")
class FirstStartTogetherTest {

    @Autowired SampleLibrary library;
    @Autowired ProgrammeSamples samples;
    @Autowired RunService runs;
    @Autowired CourseImportService courses;

    @Test
    void two_nodes_loading_the_samples_together_load_each_course_and_the_sample_run_once() throws Exception {
        List<Integer> coursesLoaded = together(() -> library.load(List.of("mercadotecnia")));
        List<Boolean> runsLoaded = together(() -> samples.load("mercadotecnia"));

        CourseId course = As.admin(() -> courses.findByCode("mercadotecnia")).orElseThrow();
        assertThat(coursesLoaded.stream().mapToInt(Integer::intValue).sum()).isLessThanOrEqualTo(1);
        assertThat(runsLoaded).containsExactlyInAnyOrder(true, false);
        assertThat(As.admin(() -> runs.runs(course))).hasSize(1);
    }

    private static <T> List<T> together(Callable<T> task) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService nodes = Executors.newFixedThreadPool(2);
        try {
            List<Future<T>> results = List.of(nodes.submit(() -> {
                start.await();
                return task.call();
            }), nodes.submit(() -> {
                start.await();
                return task.call();
            }));
            start.countDown();
            return List.of(results.get(0).get(), results.get(1).get());
        } finally {
            nodes.shutdown();
        }
    }
}
