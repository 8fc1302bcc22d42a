package org.paralelo.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One learner's own headless Chromium for the heap benchmarks ({@code BrowserHeapBenchmark} in the app's JVM,
 * {@code BrowserHeapSplit} against the app in a JVM of its own): fresh profile, so its own cookies and session; the
 * DevTools Network events kept as its performance log; talks to 127.0.0.1 only.
 */
public final class LearnerBrowser {

    public static final Duration TIMEOUT = Duration.ofSeconds(90);
    /** Scrolls the window and every scrollable element (shadow roots too) to its end, as a reader would. */
    private static final String SCROLL_TO_END = """
            const visit = root => root.querySelectorAll('*').forEach(e => {
              if (e.scrollHeight > e.clientHeight + 1) { e.scrollTop = e.scrollHeight; }
              if (e.shadowRoot) { visit(e.shadowRoot); }
            });
            visit(document);
            window.scrollTo(0, document.documentElement.scrollHeight);
            return Math.round(window.scrollY);
            """;
    private static final String TWO_FRAMES = """
            const done = arguments[arguments.length - 1];
            requestAnimationFrame(() => requestAnimationFrame(() => done(true)));
            """;

    private final ChromeDriver driver;
    private final Path profile;
    private final int port;
    private @Nullable String session;
    private boolean quit;

    private LearnerBrowser(ChromeDriver driver, Path profile, int port) {
        this.driver = driver;
        this.profile = profile;
        this.port = port;
    }

    /** A new Chromium for the app at 127.0.0.1:port. */
    public static LearnerBrowser start(int port) throws IOException {
        Path profile = Files.createTempDirectory("paralelo-heap-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BrowserTest.CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--lang=es-MX", "--user-data-dir=" + profile.toAbsolutePath());
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "es-MX,es"));
        // DevTools' Network events, as the performance log: every request the page sends, with its body.
        options.setCapability("goog:loggingPrefs", Map.of(LogType.PERFORMANCE, "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(BrowserTest.CHROMEDRIVER)).usingAnyFreePort()
                .withEnvironment(Map.of("SE_OFFLINE", "true")).build();
        ChromeDriver driver;
        try {
            driver = new ChromeDriver(service, options);
        } catch (RuntimeException e) {
            delete(profile);
            throw e;
        }
        LearnerBrowser browser = new LearnerBrowser(driver, profile, port);
        driver.manage().timeouts().scriptTimeout(TIMEOUT);
        driver.manage().window().setSize(new Dimension(BrowserTest.DESKTOP_WIDTH, BrowserTest.DESKTOP_HEIGHT));
        return browser;
    }

    private String url(String path) {
        return "http://127.0.0.1:" + port + "/" + (path.startsWith("/") ? path.substring(1) : path);
    }

    /** Through the real sign-in page; waits for the landing page to be idle. */
    public void signIn(String username, String password) {
        driver.get(url("login"));
        waitUntil("the login form", () -> !driver.findElements(By.cssSelector(
                "form.sign-in-form input[name=username]")).isEmpty());
        WebElement form = driver.findElement(By.cssSelector("form.sign-in-form"));
        form.findElement(By.cssSelector("input[name=username]")).sendKeys(username);
        form.findElement(By.cssSelector("input[name=password]")).sendKeys(password, Keys.ENTER);
        waitUntil("leaving the login page", () -> !driver.getCurrentUrl().contains("/login"));
        waitForVaadin();
        session = currentSession();
    }

    /**
     * Opens the page by its address, waits for Vaadin and rendering, scrolls to the end, waits, and returns the
     * performance log from the page's load on, oldest first.
     */
    public List<LogEntry> read(String path, int settleSeconds) throws InterruptedException {
        driver.manage().logs().get(LogType.PERFORMANCE);
        open(path);
        settle(settleSeconds);
        return driver.manage().logs().get(LogType.PERFORMANCE).getAll();
    }

    /** Opens the page by its address and waits for Vaadin and two rendered frames. */
    public void open(String path) {
        driver.get(url(path));
        waitForVaadin();
        driver.executeAsyncScript(TWO_FRAMES);
    }

    /** Clicks the element of this id, then waits for Vaadin and for an element of the other id to show. */
    public void click(String id, String thenShown) {
        driver.findElement(By.id(id)).click();
        waitForVaadin();
        waitUntil("#" + thenShown, () -> !driver.findElements(By.id(thenShown)).isEmpty());
        driver.executeAsyncScript(TWO_FRAMES);
    }

    /** Scrolls everything to the end, as a reader would, waits, and lets Vaadin answer what that sent. */
    public void settle(int settleSeconds) throws InterruptedException {
        driver.executeScript(SCROLL_TO_END);
        Thread.sleep(settleSeconds * 1000L);
        waitForVaadin();
        session = currentSession();
    }

    /** The session id at the last sign-in or page, kept after the browser quit. */
    public @Nullable String session() {
        return session;
    }

    /** The session id the browser holds now. */
    public @Nullable String currentSession() {
        Cookie cookie = driver.manage().getCookieNamed("JSESSIONID");
        return cookie == null ? null : cookie.getValue();
    }

    private void waitForVaadin() {
        waitUntil("Vaadin to be idle", () -> Boolean.TRUE.equals(driver.executeScript(BrowserTest.VAADIN_IDLE)));
    }

    private void waitUntil(String what, BooleanSupplier condition) {
        new WebDriverWait(driver, TIMEOUT, Duration.ofMillis(100)).withMessage("waiting for " + what + " at "
                + driver.getCurrentUrl()).until(d -> condition.getAsBoolean());
    }

    /** Quits the browser and its driver, once; later calls do nothing. */
    public void quit() {
        if (quit) {
            return;
        }
        quit = true;
        try {
            driver.quit();
        } finally {
            delete(profile);
        }
    }

    /** Chromium and chromedriver processes this JVM started and that still run. */
    public static long chromiumLeft() {
        return ProcessHandle.current().descendants().filter(p -> p.info().command().orElse("")
                .contains("chrom")).count();
    }

    private static void delete(Path directory) {
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException | UncheckedIOException ignored) {
            // Chromium may still be releasing files: a leftover temp directory does no harm.
        }
    }
}
