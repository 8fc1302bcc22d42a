package org.paralelo.courses;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.paralelo.base.SystemTask;
import org.paralelo.people.AccountService;
import org.paralelo.people.PersonId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * First start: loads the sample courses named in {@code paralelo.samples.courses} from {@code content-samples/}
 * (packaged on the classpath), owned by the administrator. A course whose code exists is skipped, so restarts
 * never duplicate anything. The content-samples issue replaces this with the full package importer.
 */
@Component
@Order(20)
class SampleCourseLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SampleCourseLoader.class);

    private final CourseImportService imports;
    private final AccountService accounts;
    private final List<String> codes;

    SampleCourseLoader(CourseImportService imports, AccountService accounts,
                       @Value("${paralelo.samples.courses:bienvenida}") List<String> codes) {
        this.imports = imports;
        this.accounts = accounts;
        this.codes = codes;
    }

    @Override
    public void run(ApplicationArguments args) {
        SystemTask.run(() -> {
            PersonId owner = accounts.idOf(AccountService.ADMIN_USERNAME).orElseThrow();
            for (String code : codes) {
                if (imports.importPublishedIfAbsent(read(code), owner)) {
                    log.info("Loaded sample course {}", code);
                }
            }
        });
    }

    static SampleCourse read(String folder) {
        Map<String, Object> manifest = yaml().load(text(folder + "/course.yaml"));
        List<SampleCourse.SampleModule> modules = new ArrayList<>();
        for (Map<String, Object> module : maps(manifest.get("modules"))) {
            List<SampleCourse.SampleLesson> lessons = new ArrayList<>();
            for (Map<String, Object> item : maps(module.get("items"))) {
                if ("lesson".equals(item.get("type"))) {
                    lessons.add(new SampleCourse.SampleLesson(string(item, "code"), string(item, "title"),
                            text(folder + "/" + string(item, "file")), !Boolean.FALSE.equals(item.get("required"))));
                }
            }
            modules.add(new SampleCourse.SampleModule(string(module, "code"), string(module, "title"),
                    String.valueOf(module.getOrDefault("objectives", "")).strip(), lessons));
        }
        @SuppressWarnings("unchecked")
        List<String> topics = (List<String>) manifest.getOrDefault("topics", List.of());
        return new SampleCourse(string(manifest, "code"), string(manifest, "language"), string(manifest, "title"),
                string(manifest, "summary").strip(), ((Number) manifest.get("estimatedHours")).intValue(),
                topics, modules);
    }

    private static Yaml yaml() {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(20);
        options.setCodePointLimit(1_000_000);
        return new Yaml(new SafeConstructor(options));
    }

    private static String text(String path) {
        try (InputStream in = new ClassPathResource("content-samples/" + path).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Missing sample file content-samples/" + path, e);
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> maps(Object list) {
        return list == null ? List.of() : (List<Map<String, Object>>) list;
    }

    private static String string(Map<String, Object> map, String key) {
        Object value = map.get(key);
        if (value == null) {
            throw new IllegalStateException("Sample course manifest lacks '" + key + "'");
        }
        return value.toString();
    }
}
