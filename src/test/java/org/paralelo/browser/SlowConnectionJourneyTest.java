package org.paralelo.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.paralelo.courses.CourseAuthoringService;
import org.paralelo.courses.LearnerPaths;
import org.paralelo.courses.PublishingService;
import org.paralelo.learning.EnrolmentService;
import org.paralelo.learning.LearningFixture;
import org.paralelo.people.AccountService;
import org.paralelo.support.As;
import org.paralelo.support.BrowserTest;
import org.paralelo.support.People;
import org.paralelo.support.ProductionBundle;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A first visit and a lesson navigation on the slow profile of our users (400 ms round trip, 400 kbit/s each way,
 * CPU 4× slower), through Chromium's DevTools throttling, with Vaadin in production mode as the jar runs it.
 * Asserts the byte budgets (every compressible response over 1 KB compressed; a lesson navigation is UI JSON
 * only; the first visit within {@link #FIRST_VISIT_BUDGET_BYTES}) and prints the figures for docs/benchmarks.md:
 * bytes, and the times until usable (targets 6 s and 2 s), which are not assertions as the machine is shared.
 *
 * <p>The target for the first visit is 350 KB, asserted. The sign-in page is served without Vaadin's client,
 * so the first visit is the page and two stylesheets; the bundle files it hints the browser to prefetch once the form
 * is usable are counted apart (they load in the background and make the first signed-in page fast).
 */
@ProductionBundle
class SlowConnectionJourneyTest extends BrowserTest {

    static final long FIRST_VISIT_BUDGET_BYTES = 350_000;
    static final long FIRST_VISIT_TARGET_BYTES = 350_000;
    /** Bytes per second at 400 kbit/s. */
    static final int SLOW_BYTES_PER_SECOND = 400_000 / 8;

    /** Every download of the page so far, as the browser counted it (headers included in transferSize). */
    private static final String TRANSFERS = """
            const entries = performance.getEntriesByType('navigation').concat(performance.getEntriesByType('resource'));
            return entries.map(e => [e.name, e.transferSize, e.encodedBodySize, e.decodedBodySize, e.entryType]);
            """;

    /**
     * Records every UI JSON request the page sends from now on: when it left, when its answer came, what it carried
     * (Vaadin's RPCs) and how long the answer was, so the report can say why each round trip happened.
     */
    private static final String RECORD_UIDL = """
            window.__uidl = [];
            const t0 = performance.now();
            const open = XMLHttpRequest.prototype.open, send = XMLHttpRequest.prototype.send;
            XMLHttpRequest.prototype.open = function (method, url) { this.__url = url; return open.apply(this, arguments); };
            XMLHttpRequest.prototype.send = function (body) {
              if (String(this.__url).includes('v-r=uidl')) {
                const row = {sent: Math.round(performance.now() - t0), body: String(body)};
                window.__uidl.push(row);
                this.addEventListener('loadend', () => {
                  row.answered = Math.round(performance.now() - t0);
                  row.answer = String(this.responseText).length;
                });
              }
              return send.apply(this, arguments);
            };
            """;

    @Autowired
    AccountService accounts;
    @Autowired
    CourseAuthoringService authoring;
    @Autowired
    PublishingService publishing;
    @Autowired
    EnrolmentService enrolments;

    @Test
    void a_first_visit_to_the_login_page_on_a_slow_connection_stays_within_350_kb_all_compressed() {
        throttle();

        long start = System.nanoTime();
        driver().get(url("login"));
        waitQuickly("the login form to be usable", d -> !d.findElements(By.cssSelector(
                "form.sign-in-form input[name=username]")).isEmpty()
                && "complete".equals(script("return document.readyState")));
        double usable = (System.nanoTime() - start) / 1e9;

        List<Transfer> all = transfers();
        List<Transfer> prefetched = all.stream().filter(t -> t.url().contains("/VAADIN/build/")).toList();
        List<Transfer> transfers = all.stream().filter(t -> !t.url().contains("/VAADIN/build/")).toList();
        System.out.printf("[scale] background prefetch of Vaadin's bundle finished so far: %,d bytes in %d files%n",
                prefetched.stream().mapToLong(Transfer::transferred).sum(), prefetched.size());
        long total = transfers.stream().mapToLong(Transfer::transferred).sum();
        report("first visit to /login", transfers, total, usable, 6.0);
        System.out.printf("[scale] first visit: %,d bytes against the issue's target of %,d and the budget of %,d%n",
                total, FIRST_VISIT_TARGET_BYTES, FIRST_VISIT_BUDGET_BYTES);
        assertThat(total).as("bytes transferred by a first visit to the login page").isPositive()
                .isLessThanOrEqualTo(FIRST_VISIT_BUDGET_BYTES);
        assertEverythingCompressible(transfers);
    }

    @Test
    void a_lesson_navigation_on_a_slow_connection_sends_compressed_ui_json_only() {
        LearningFixture course = new LearningFixture(accounts, authoring, publishing);
        String learner = LearningFixture.learner(accounts);
        As.user(learner, LearningFixture.LEARNER, () -> enrolments.enrolMe(course.course));
        LoginPage.open(this).signInAsLearner(learner, People.PASSWORD);
        open(LearnerPaths.lesson(course.course, course.lesson1));
        new LearnerLessonPage(this);
        // This course completes a lesson once its end has stayed in view for a moment; this short first lesson ends
        // on screen. A reader is done with it before going on: wait for its completion, so the click measures the
        // navigation alone.
        waitQuickly("the first lesson's completion", d -> !d.findElements(By.id("lesson-done")).isEmpty()
                && vaadinIdle());
        throttle();
        script("performance.clearResourceTimings()");
        script(RECORD_UIDL);
        Object page = script("return performance.timeOrigin");

        long start = System.nanoTime();
        driver().findElements(By.cssSelector("nav.pager a")).stream()
                .filter(link -> link.getText().contains("Siguiente")).findFirst().orElseThrow().click();
        String next = "/" + LearnerPaths.lesson(course.course, course.lesson2);
        waitQuickly("the next lesson to be shown", d -> d.getCurrentUrl().endsWith(next) && vaadinIdle()
                && d.findElement(By.cssSelector("article.lesson-body")).getText().contains("segunda"));
        double usable = (System.nanoTime() - start) / 1e9;
        // This course completes a lesson on reaching its end, and this short one ends on screen: once the end has
        // stayed in view for a moment, the completion follows in the background, after the lesson is usable.
        waitQuickly("the lesson's completion after its end was seen", d -> !d.findElements(By.id("lesson-done"))
                .isEmpty() && vaadinIdle());
        System.out.printf("[scale] lesson navigation: completion recorded and shown %.2f s after the click%n",
                (System.nanoTime() - start) / 1e9);

        assertThat(script("return performance.timeOrigin")).as("the same page, no reload").isEqualTo(page);
        List<Transfer> transfers = transfers().stream().filter(t -> !t.navigation()).toList();
        long total = transfers.stream().mapToLong(Transfer::transferred).sum();
        report("lesson navigation", transfers, total, usable, 2.0);
        reportUidl();
        assertThat(transfers).as("a navigation inside the app is UI JSON, no page or script again")
                .isNotEmpty().allMatch(t -> t.url().contains("v-r=uidl"));
        assertEverythingCompressible(transfers);
    }

    /** The slow profile: 400 ms round trip, 400 kbit/s down and up, and a CPU four times slower. */
    private void throttle() {
        ChromeDriver chrome = (ChromeDriver) driver();
        chrome.executeCdpCommand("Network.enable", Map.of());
        chrome.executeCdpCommand("Network.emulateNetworkConditions", Map.of("offline", false, "latency", 400,
                "downloadThroughput", SLOW_BYTES_PER_SECOND, "uploadThroughput", SLOW_BYTES_PER_SECOND));
        chrome.executeCdpCommand("Emulation.setCPUThrottlingRate", Map.of("rate", 4));
    }

    private void assertEverythingCompressible(List<Transfer> transfers) {
        assertThat(transfers.stream().filter(t -> t.decoded() > 1024 && !t.url().endsWith(".png")))
                .as("responses over 1 KB arrive compressed").allSatisfy(t ->
                        assertThat(t.encoded()).as(t.url()).isLessThan(t.decoded()));
    }

    private void report(String what, List<Transfer> transfers, long total, double seconds, double target) {
        System.out.printf("[scale] %s (slow profile): %,d bytes transferred in %d responses; usable after %.2f s "
                + "(target %.0f s)%n", what, total, transfers.size(), seconds, target);
        transfers.stream().sorted((a, b) -> Long.compare(b.transferred(), a.transferred())).limit(30).forEach(t ->
                System.out.printf("[scale]   %,9d bytes (%,9d unpacked)  %s%n", t.transferred(), t.decoded(),
                        t.url().replaceFirst("^https?://[^/]+", "")));
    }

    private void reportUidl() {
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> rows = (List<Map<String, Object>>) script("return window.__uidl");
        for (Map<String, Object> row : rows) {
            String body = String.valueOf(row.get("body"))
                    .replaceAll("\"csrfToken\":\"[^\"]*\"", "\"csrfToken\":\"…\"");
            System.out.printf("[scale]   UI request sent at %s ms, answered at %s ms (%s chars): %s%n", row.get("sent"),
                    row.get("answered"), row.get("answer"), body.length() > 600 ? body.substring(0, 600) + "…" : body);
        }
    }

    private List<Transfer> transfers() {
        @SuppressWarnings("unchecked")
        List<List<Object>> rows = (List<List<Object>>) script(TRANSFERS);
        return rows.stream().map(row -> new Transfer(String.valueOf(row.get(0)), number(row.get(1)),
                number(row.get(2)), number(row.get(3)), "navigation".equals(row.get(4)))).toList();
    }

    private boolean vaadinIdle() {
        return Boolean.TRUE.equals(script("""
                const flow = window.Vaadin && window.Vaadin.Flow;
                if (!flow || !flow.clients || document.readyState !== 'complete') { return false; }
                const clients = Object.values(flow.clients);
                return clients.length > 0 && clients.every(client => !client.isActive());
                """));
    }

    private void waitQuickly(String what, java.util.function.Function<WebDriver, Boolean> condition) {
        new WebDriverWait(driver(), Duration.ofSeconds(90), Duration.ofMillis(25)).withMessage("waiting for " + what)
                .ignoring(org.openqa.selenium.NoSuchElementException.class)
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(condition);
    }

    private Object script(String js) {
        return ((JavascriptExecutor) driver()).executeScript(js);
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    /** One download: its address, bytes on the wire (headers included), body as sent, body unpacked. */
    record Transfer(String url, long transferred, long encoded, long decoded, boolean navigation) {
    }
}
