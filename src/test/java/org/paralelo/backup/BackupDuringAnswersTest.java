package org.paralelo.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.paralelo.assessment.AttemptService;
import org.paralelo.assessment.AttemptView;
import org.paralelo.assessment.Response;
import org.paralelo.assessment.ServicesOnly;
import org.paralelo.support.As;
import org.paralelo.support.ParaleloSpringTest;
import org.paralelo.support.People;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Learners keep answering quizzes while a backup is taken: every answer acknowledged before the backup started is
 * in the archive (the same value or one saved later), none is lost or half-written.
 */
@ParaleloSpringTest
@Tag("persistence")
class BackupDuringAnswersTest {

    private static final String[] LEARNER = {"LEARNER"};
    private static final int LEARNERS = 3;
    private static final int QUESTIONS = 5;
    private static final Pattern ANSWER = Pattern.compile("(\\d+),(\\d+)");

    @Autowired
    private ConfigurableApplicationContext app;
    @Autowired
    private BackupService backups;
    @Autowired
    private AttemptService attempts;

    @Test
    void a_backup_taken_while_learners_answer_holds_every_answer_acknowledged_before_it_started() throws Exception {
        Map<String, Integer> acknowledged = new ConcurrentHashMap<>();
        AtomicBoolean stop = new AtomicBoolean();
        AtomicIntegerArray rounds = new AtomicIntegerArray(LEARNERS);
        List<Thread> learners = new ArrayList<>();
        List<Throwable> failures = new ArrayList<>();
        for (int n = 0; n < LEARNERS; n++) {
            int index = n;
            String learner = People.uniqueUsername("respaldo-en-vivo");
            long attempt = ServicesOnly.publishedQuizAttempt(app, learner, QUESTIONS);
            List<AttemptView.AttemptQuestion> questions = As.user(learner, LEARNER, () -> attempts.attempt(attempt))
                    .questions();
            learners.add(Thread.ofPlatform().name("learner-" + n).start(() -> {
                try {
                    for (int round = 1; !stop.get(); round++) {
                        for (AttemptView.AttemptQuestion question : questions) {
                            String key = question.question().key();
                            Response answer = new Response.Text(round + "," + question.number());
                            As.user(learner, LEARNER, () -> attempts.saveAnswer(attempt, key, answer));
                            acknowledged.put(attempt + "/" + key, round);
                        }
                        rounds.incrementAndGet(index);
                    }
                } catch (Throwable e) {
                    synchronized (failures) {
                        failures.add(e);
                    }
                }
            }));
        }
        while (IntStream.range(0, LEARNERS).anyMatch(i -> rounds.get(i) < 2) && failures.isEmpty()) {
            Thread.sleep(20);
        }
        Map<String, Integer> beforeStart = new HashMap<>(acknowledged);
        ArchiveInfo archive;
        try {
            archive = As.admin(backups::backupNow);
        } finally {
            stop.set(true);
            for (Thread learner : learners) {
                learner.join();
            }
        }
        assertThat(failures).isEmpty();

        Map<String, Integer> archived = answersIn(Path.of(As.admin(backups::settings).directory())
                .resolve(archive.name()));
        int lost = 0;
        for (Map.Entry<String, Integer> answer : beforeStart.entrySet()) {
            Integer kept = archived.get(answer.getKey());
            lost += kept == null || kept < answer.getValue() ? 1 : 0;
        }
        System.out.println("Backup during answers: " + beforeStart.size() + " answers acknowledged before the start, "
                + lost + " missing or older in the archive, " + rounds + " rounds answered");
        assertThat(beforeStart).hasSize(LEARNERS * QUESTIONS);
        assertThat(lost).isZero();
    }

    /** The round of each stored answer in the archive's {@code quiz_answer} table, by attempt and question. */
    private static Map<String, Integer> answersIn(Path archive) throws Exception {
        JsonMapper json = JsonMapper.builder().build();
        Map<String, Integer> rounds = new HashMap<>();
        try (ZipFile zip = new ZipFile(archive.toFile());
             BufferedReader lines = new BufferedReader(new InputStreamReader(zip.getInputStream(
                     zip.getEntry("db/quiz_answer.jsonl")), StandardCharsets.UTF_8))) {
            List<String> columns = new ArrayList<>();
            json.readTree(lines.readLine()).path("columns").forEach(c -> columns.add(c.path("name").asString()));
            String line;
            while ((line = lines.readLine()) != null) {
                JsonNode row = json.readTree(line);
                Matcher value = ANSWER.matcher(row.get(columns.indexOf("response")).asString());
                if (value.find()) {
                    rounds.put(row.get(columns.indexOf("attempt_id")).asLong() + "/"
                            + row.get(columns.indexOf("question_key")).asString(), Integer.parseInt(value.group(1)));
                }
            }
        }
        return rounds;
    }
}
