package org.paralelo.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.paralelo.people.CreativeField;
import org.paralelo.people.MexicanState;
import org.paralelo.people.Position;
import org.paralelo.people.Role;

/** Every visible text lives in both bundles, and every key the code names exists. */
class MessageBundlesTest {

    private static final Pattern KEY_IN_CODE = Pattern.compile(
            "(?:getTranslation|UserFacingException)\\([^\"]*\"([a-z][a-z0-9.-]+[a-z0-9])\"");
    private static final Pattern MENU_TITLE = Pattern.compile("@Menu\\([^)]*title = \"([^\"]+)\"");
    // Any dotted literal whose first word starts some bundle key counts as a key, so a new module's texts are
    // checked without editing this test (the prefixes come from the bundle, not from a list here).
    private static final Pattern DOTTED_LITERAL = Pattern.compile("\"([a-z][a-z0-9-]*\\.[a-z0-9.-]*[a-z0-9])\"");
    // Dotted names that belong to libraries, not to the bundles (JavaMail's session properties).
    private static final Pattern LIBRARY_PROPERTY = Pattern.compile("mail\\.smtps?\\..*");

    @Test
    void spanish_and_english_bundles_have_exactly_the_same_keys() throws IOException {
        Set<String> spanish = load("messages_es.properties").stringPropertyNames();
        Set<String> english = load("messages_en.properties").stringPropertyNames();
        assertThat(difference(spanish, english)).as("keys only in messages_es.properties").isEmpty();
        assertThat(difference(english, spanish)).as("keys only in messages_en.properties").isEmpty();
    }

    @Test
    void no_message_is_empty_in_either_language() throws IOException {
        for (String bundle : new String[] {"messages_es.properties", "messages_en.properties"}) {
            Properties messages = load(bundle);
            assertThat(messages.stringPropertyNames()).as(bundle)
                    .allSatisfy(key -> assertThat(messages.getProperty(key)).as(key).isNotBlank());
        }
    }

    @Test
    void every_message_key_written_in_the_code_exists_in_the_bundles() throws IOException {
        Set<String> known = load("messages_es.properties").stringPropertyNames();
        Set<String> used = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                String code = Files.readString(source);
                collect(KEY_IN_CODE, code, used);
                collect(MENU_TITLE, code, used);
                collect(DOTTED_LITERAL, code, used);
            }
        }
        Set<String> prefixes = new TreeSet<>();
        known.stream().filter(key -> key.contains("."))
                .forEach(key -> prefixes.add(key.substring(0, key.indexOf('.') + 1)));
        used.removeIf(key -> prefixes.stream().noneMatch(key::startsWith));
        used.removeIf(key -> LIBRARY_PROPERTY.matcher(key).matches());
        assertThat(used).as("keys found in src/main/java").hasSizeGreaterThan(50);
        assertThat(difference(used, known)).as("keys used in code but missing from the bundles").isEmpty();
    }

    @Test
    void the_course_outline_has_one_name_at_the_top_and_at_the_foot_of_a_lesson() throws IOException {
        for (String bundle : new String[] {"messages_es.properties", "messages_en.properties"}) {
            Properties messages = load(bundle);
            assertThat(messages.getProperty("lesson.syllabus")).as(bundle)
                    .isEqualTo(messages.getProperty("learning.outline"));
        }
    }

    @Test
    void every_enum_shown_to_people_has_a_label_in_both_languages() throws IOException {
        Set<String> spanish = load("messages_es.properties").stringPropertyNames();
        List<Enum<?>> labelled = Stream.of(MexicanState.values(), Position.values(), CreativeField.values(),
                Role.values()).<Enum<?>>flatMap(Stream::of).toList();
        for (Enum<?> value : labelled) {
            String prefix = switch (value.getDeclaringClass().getSimpleName()) {
                case "MexicanState" -> "state.";
                case "Position" -> "position.";
                case "CreativeField" -> "creative-field.";
                default -> "role.";
            };
            assertThat(spanish).contains(prefix + value.name());
        }
    }

    private static void collect(Pattern pattern, String code, Set<String> into) {
        Matcher matcher = pattern.matcher(code);
        while (matcher.find()) {
            into.add(matcher.group(1));
        }
    }

    private static Set<String> difference(Set<String> a, Set<String> b) {
        Set<String> result = new TreeSet<>(a);
        result.removeAll(b);
        return result;
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessageBundlesTest.class.getClassLoader().getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
