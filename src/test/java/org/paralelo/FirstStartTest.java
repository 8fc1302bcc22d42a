package org.paralelo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.paralelo.courses.CatalogueService;
import org.paralelo.interchange.SampleLibrary;
import org.paralelo.people.AccountService;
import org.paralelo.support.As;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * Starts the real application twice on a fresh H2 data directory, as a new installation would: the first start
 * creates the administrator with a generated password shown once and loads the sample library (every course, published); the restart
 * duplicates nothing and shows no password.
 */
@ExtendWith(OutputCaptureExtension.class)
class FirstStartTest {

    /** Each application context installs its own security-context strategy globally; the shared test one returns. */
    private SecurityContextHolderStrategy sharedStrategy;

    @BeforeEach
    void rememberSecurityStrategy() {
        sharedStrategy = SecurityContextHolder.getContextHolderStrategy();
    }

    @AfterEach
    void restoreSecurityStrategy() {
        SecurityContextHolder.setContextHolderStrategy(sharedStrategy);
    }

    private static final Pattern PASSWORD_LINE = Pattern.compile("password: (\\S+)");

    @Test
    void first_start_creates_the_admin_once_with_a_password_printed_once_and_restarts_duplicate_nothing(
            @TempDir Path dataDir, CapturedOutput output) {
        String firstPassword;
        try (ConfigurableApplicationContext app = start(dataDir)) {
            Matcher printed = PASSWORD_LINE.matcher(output.getOut());
            assertThat(printed.find()).as("generated password printed").isTrue();
            firstPassword = printed.group(1);
            assertThat(firstPassword).hasSizeGreaterThanOrEqualTo(16);
            assertThat(output.getOut()).contains("/login");
            assertThat(countOf(output.getOut(), firstPassword)).isEqualTo(1);
            assertThat(app.getBean(AuthenticationManager.class).authenticate(
                    UsernamePasswordAuthenticationToken.unauthenticated("admin", firstPassword)).isAuthenticated())
                    .isTrue();
            assertThat(As.admin(() -> app.getBean(AccountService.class).count("admin"))).isEqualTo(1);
            assertThat(As.user("admin", new String[] {"ADMIN"},
                    () -> app.getBean(CatalogueService.class).publishedCourses()))
                    .hasSize(SampleLibrary.ALL.size());
        }
        int printedSoFar = output.getOut().length();

        try (ConfigurableApplicationContext app = start(dataDir)) {
            String restartOutput = output.getOut().substring(printedSoFar);
            assertThat(restartOutput).doesNotContain("password:").doesNotContain(firstPassword);
            assertThat(As.admin(() -> app.getBean(AccountService.class).count("admin"))).isEqualTo(1);
            assertThat(As.user("admin", new String[] {"ADMIN"},
                    () -> app.getBean(CatalogueService.class).publishedCourses()))
                    .hasSize(SampleLibrary.ALL.size());
        }
        assertThat(Files.exists(dataDir.resolve("db"))).isTrue();
        assertThat(Files.isDirectory(dataDir.resolve("media"))).isTrue();
        assertThat(Files.isDirectory(dataDir.resolve("index"))).isTrue();
    }

    private static ConfigurableApplicationContext start(Path dataDir) {
        return new SpringApplicationBuilder(ParaleloApplication.class).run(
                "--server.port=0",
                "--paralelo.data-dir=" + dataDir,
                // Always the embedded database here, even in the MariaDB leg of CI.
                "--spring.datasource.url=jdbc:h2:file:" + dataDir
                        + "/db/paralelo;MODE=MariaDB;DATABASE_TO_LOWER=TRUE;WRITE_DELAY=0",
                "--spring.datasource.username=sa",
                "--spring.datasource.password=",
                "--PARALELO_ADMIN_PASSWORD=");
    }

    private static int countOf(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            count++;
        }
        return count;
    }
}
