package org.paralelo.interchange;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.paralelo.base.FirstStartLock;
import org.paralelo.base.SystemTask;
import org.paralelo.courses.CourseImportService;
import org.paralelo.people.AccountService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The sample library in {@code content-samples/} (shipped on the classpath): each folder is a course package that
 * is imported and published, owned by the administrator, unless a course with its code exists already, so
 * restarts and repeated calls never duplicate anything. Each course is imported in its own transaction.
 */
@Component
public class SampleLibrary {

    /** Every course of the library, in the order they are loaded. */
    public static final List<String> ALL = List.of("bienvenida", "gestion-empresarial", "mercadotecnia",
            "asuntos-juridicos", "habilidades-organizativas", "cultural-policy");

    private static final Logger log = LoggerFactory.getLogger(SampleLibrary.class);

    private final CoursePackageService packages;
    private final CourseImportService courses;
    private final FirstStartLock firstStart;

    SampleLibrary(CoursePackageService packages, CourseImportService courses, FirstStartLock firstStart) {
        this.packages = packages;
        this.courses = courses;
        this.firstStart = firstStart;
    }

    /**
     * Loads the named sample courses that are not there yet; returns how many were loaded now. One node at a time,
     * so two nodes starting together do not both import a course.
     */
    public int load(List<String> codes) {
        return firstStart.alone("sample-library", () -> SystemTask.callAs(AccountService.ADMIN_USERNAME, () -> {
            int loaded = 0;
            for (String code : codes) {
                if (courses.findByCode(code).isPresent()) {
                    continue;
                }
                try {
                    ImportReport report = packages.importPackage(files(code), ImportOptions.published());
                    log.info("Loaded sample course {}: {} lessons, {} questions, {} attachments", code,
                            report.lessons(), report.questions(), report.media().size());
                    loaded++;
                } catch (PackageImportFailedException e) {
                    log.error("Sample course {} could not be loaded: {}", code, e.report().errors());
                } catch (RuntimeException e) {
                    // A broken sample must not stop the application from starting; the others still load.
                    log.error("Sample course {} could not be loaded", code, e);
                }
            }
            return loaded;
        }));
    }

    /** A sample course's files as read from the classpath. */
    public static PackageFiles files(String code) {
        String base = "content-samples/" + code + "/";
        Map<String, byte[]> files = new TreeMap<>();
        try {
            for (Resource resource : new PathMatchingResourcePatternResolver()
                    .getResources("classpath*:" + base + "**")) {
                String url = resource.getURL().toString();
                int at = url.lastIndexOf(base);
                if (at < 0 || url.endsWith("/") || !resource.isReadable()) {
                    continue;
                }
                String path = url.substring(at + base.length());
                if (path.isEmpty() || path.startsWith("media-src/")) {
                    continue;
                }
                try (InputStream in = resource.getInputStream()) {
                    files.put(java.net.URLDecoder.decode(path, java.nio.charset.StandardCharsets.UTF_8),
                            in.readAllBytes());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the sample course " + code, e);
        }
        return PackageFiles.of(files);
    }
}
