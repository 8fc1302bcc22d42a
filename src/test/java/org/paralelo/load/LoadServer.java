package org.paralelo.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.paralelo.assessment.LoadCourse;
import org.paralelo.learning.EnrolmentService;
import org.paralelo.people.AccountService;
import org.paralelo.people.Role;
import org.paralelo.support.As;
import org.paralelo.support.BenchmarkServer;
import org.paralelo.support.People;

/**
 * The application under load (a main class for {@code src/test/load/run.sh}, not a test): the whole app on
 * 127.0.0.1 at a fixed port, Vaadin in production mode, H2 in the run's directory or MariaDB through
 * {@code DB_URL}. Seeds a published course (lessons and a quiz of numeric questions) with N learners enrolled and a
 * few trainers, each owning a course of their own to edit and publish, and writes them as Gatling feeders:
 * {@code learners.csv}, {@code trainers.csv}, {@code course.properties}. Then writes {@code ready} and serves until
 * the JVM is stopped.
 *
 * <pre>java -Xmx2g -Dload.dir=target/load/run -Dload.port=18180 -Dload.learners=50 -cp … org.paralelo.load.LoadServer</pre>
 */
public final class LoadServer {

    static final int LESSONS = 5;
    static final int QUESTIONS = 10;

    private LoadServer() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(System.getProperty("load.dir", "target/load/manual")).toAbsolutePath();
        int port = Integer.getInteger("load.port", 18180);
        int learners = Integer.getInteger("load.learners", 50);
        int trainers = Integer.getInteger("load.trainers", Math.max(1, Math.min(20, learners / 20)));
        if (port < 18180 || port > 18189) {
            throw new IllegalArgumentException("the load test's ports are 127.0.0.1:18180-18189, not " + port);
        }
        Files.createDirectories(dir);
        BenchmarkServer server = BenchmarkServer.start("load", "paralelo.data-dir=" + dir.resolve("data"),
                "server.port=" + port, "server.address=127.0.0.1");
        AccountService accounts = server.app.getBean(AccountService.class);
        String owner = People.uniqueUsername("carga-autora");
        People.create(accounts, owner, Role.TRAINER);
        LoadCourse course = LoadCourse.publish(server.app, owner, "Carga", LESSONS, QUESTIONS);
        List<String> learnerRows = createLearners(server, accounts, course, learners);
        List<String> trainerRows = new ArrayList<>();
        for (int i = 0; i < trainers; i++) {
            String trainer = People.uniqueUsername("carga-formadora");
            People.create(accounts, trainer, Role.TRAINER);
            LoadCourse own = LoadCourse.publish(server.app, trainer, "Taller " + (i + 1), 1, 0);
            trainerRows.add(trainer + "," + People.PASSWORD + "," + own.id().value() + "," + own.lessons().get(0));
        }
        write(dir.resolve("learners.csv"), "username,password", learnerRows);
        write(dir.resolve("trainers.csv"), "username,password,courseId,lessonKey", trainerRows);
        Files.writeString(dir.resolve("course.properties"), "courseId=" + course.id().value() + "\nlessons="
                + String.join(",", course.lessons()) + "\nquiz=" + course.quiz() + "\nquestions=" + QUESTIONS + "\n");
        Files.writeString(dir.resolve("ready"), Long.toString(ProcessHandle.current().pid()));
        System.out.printf("[load] ready on http://127.0.0.1:%d: %d learners, %d trainers, course %d%n", port, learners,
                trainers, course.id().value());
        Thread.currentThread().join();
    }

    /** Learners in two threads (each password is an Argon2 hash of 19 MiB), each enrolled in the course. */
    private static List<String> createLearners(BenchmarkServer server, AccountService accounts, LoadCourse course,
                                               int count) throws InterruptedException {
        EnrolmentService enrolments = server.app.getBean(EnrolmentService.class);
        List<String> rows = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(2);
        for (int i = 0; i < count; i++) {
            pool.execute(() -> {
                String name = People.uniqueUsername("carga");
                People.create(accounts, name, Role.LEARNER);
                As.user(name, LoadCourse.LEARNER, () -> enrolments.enrolMe(course.id()));
                rows.add(name + "," + People.PASSWORD);
            });
        }
        pool.shutdown();
        if (!pool.awaitTermination(1, TimeUnit.HOURS) || rows.size() != count) {
            throw new IllegalStateException("seeded " + rows.size() + " of " + count + " learners");
        }
        return rows;
    }

    private static void write(Path file, String header, List<String> rows) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add(header);
        lines.addAll(rows);
        Files.write(file, lines);
    }
}
