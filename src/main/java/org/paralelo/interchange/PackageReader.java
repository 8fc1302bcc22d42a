package org.paralelo.interchange;

import static org.paralelo.interchange.StrictYaml.line;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.paralelo.assessment.FeedbackTiming;
import org.paralelo.assessment.GradingPolicy;
import org.paralelo.assessment.QuizSettings;
import org.paralelo.base.FieldProblem;
import org.paralelo.base.InputChecks;
import org.paralelo.base.InvalidInputException;
import org.paralelo.base.Languages;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads and checks a {@code paralelo-course/1} package (docs/course-package.md): the manifest, every lesson and
 * quiz it names and every media file the lessons link to. Every problem names its file and line; reading goes
 * on after a problem so the trainer sees them all at once. Nothing is stored here.
 *
 * <p>The manifest is only composed into YAML nodes (never constructed into objects), so tags cannot instantiate
 * anything; anchors and aliases are refused outright, which also stops "billion laughs" documents.
 */
public final class PackageReader {

    /** The manifest's name (written in two parts so the message-key check does not take it for a key). */
    public static final String MANIFEST = "course" + ".yaml";
    static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");
    static final Pattern COURSE_CODE = Pattern.compile("[a-z0-9][a-z0-9-]{0,79}");
    /** A relative link to a package file under media/, as written in lessons. */
    static final Pattern MEDIA_LINK = Pattern.compile("(?<![\\w/.:-])media/([^\\s)\"'<>]+)");
    /** Even a course of hundreds of items has a manifest of a few dozen kB. */
    static final int MAX_MANIFEST_CHARS = 1_000_000;
    private static final Set<String> LANGUAGES = Set.of(Languages.SPANISH_TAG, Languages.ENGLISH_TAG);
    private static final Set<String> COURSE_KEYS = Set.of("format", "code", "language", "title", "summary",
            "topics", "estimatedHours", "modules", "bank");
    private static final Set<String> MODULE_KEYS = Set.of("code", "title", "objectives", "items");
    private static final Set<String> ITEM_KEYS = Set.of("type", "code", "title", "file", "required", "settings");
    private static final Set<String> SETTING_KEYS = Set.of("passMarkPercent", "attemptsAllowed", "timeLimitMinutes",
            "shuffleQuestions", "shuffleAnswers", "feedback", "grading", "closesOn");

    /** The manifest setting behind each field the quiz model checks; a missing closing date is feedback's. */
    private static final Map<String, String> SETTING_FOR_FIELD = Map.of("passMark", "passMarkPercent", "attempts",
            "attemptsAllowed", "timeLimit", "timeLimitMinutes", "closesOn", "feedback");

    private final PackageFiles files;
    private final List<PackageProblem> errors = new ArrayList<>();
    private final List<PackageProblem> warnings = new ArrayList<>();
    private final Map<String, byte[]> media = new LinkedHashMap<>();
    private final Set<String> codes = new LinkedHashSet<>();
    /** The manifest line of each field read, by path: title, topics.0, modules.1.items.2.title. */
    private final Map<String, Integer> lines = new LinkedHashMap<>();
    private final StrictYaml nodes = new StrictYaml(MANIFEST, errors, warnings, lines);

    private PackageReader(PackageFiles files) {
        this.files = files;
    }

    public static PackageRead read(PackageFiles files) {
        return new PackageReader(files).read();
    }

    private PackageRead read() {
        byte[] manifestBytes = files.read(MANIFEST).orElse(null);
        if (manifestBytes == null) {
            error(MANIFEST, 0, "interchange.package.no-manifest", "");
            return result(null);
        }
        @Nullable String text = text(MANIFEST, manifestBytes);
        if (text == null) {
            return result(null);
        }
        if (text.length() > MAX_MANIFEST_CHARS) {
            error(MANIFEST, 0, "interchange.package.yaml", "> " + MAX_MANIFEST_CHARS / 1000 + " kB");
            return result(null);
        }
        Node root;
        try {
            root = StrictYaml.yaml().compose(new StringReader(text));
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() == null ? 0 : e.getProblemMark().getLine() + 1;
            error(MANIFEST, line, "interchange.package.yaml", e.getProblem());
            return result(null);
        } catch (YAMLException e) {
            error(MANIFEST, 0, "interchange.package.yaml", e.getMessage());
            return result(null);
        }
        if (root == null || nodes.refuseAliases(root)) {
            if (root == null) {
                error(MANIFEST, 0, "interchange.package.yaml", "");
            }
            return result(null);
        }
        Map<String, Node> course = nodes.mapping(root, COURSE_KEYS, "");
        if (course == null) {
            return result(null);
        }
        String format = nodes.string(course, "format", root, true);
        if (!CoursePackage.FORMAT.equals(format)) {
            error(MANIFEST, line(course.getOrDefault("format", root)), "interchange.package.format", format);
            return result(null);
        }
        String code = nodes.string(course, "code", root, true);
        if (!code.isEmpty() && !COURSE_CODE.matcher(code).matches()) {
            error(MANIFEST, line(course.get("code")), "interchange.package.bad-code", code);
        }
        String language = nodes.string(course, "language", root, true);
        if (!language.isEmpty() && !LANGUAGES.contains(language)) {
            error(MANIFEST, line(course.get("language")), "interchange.package.language", language);
        }
        String title = nodes.string(course, "title", root, true);
        String summary = nodes.string(course, "summary", root, false);
        List<String> topics = new ArrayList<>();
        if (course.containsKey("topics")) {
            for (Node topic : nodes.sequence(course.get("topics"))) {
                lines.put("topics." + topics.size(), line(topic));
                topics.add(nodes.scalar(topic));
            }
        }
        int hours = nodes.integer(course, "estimatedHours", 0, 0, 1000);
        List<CoursePackage.Module> modules = new ArrayList<>();
        Node modulesNode = course.get("modules");
        if (modulesNode == null) {
            error(MANIFEST, line(root), "interchange.package.missing-field", "modules");
        } else {
            for (Node m : nodes.sequence(modulesNode)) {
                String path = "modules." + modules.size();
                CoursePackage.Module module = module(m, path);
                if (module == null) {
                    nodes.forgetLines(path);
                } else {
                    modules.add(module);
                }
            }
        }
        List<ParsedQuestion> bank = List.of();
        String bankFile = "";
        if (course.containsKey("bank")) {
            bankFile = nodes.scalar(course.get("bank"));
            bank = questions(bankFile, line(course.get("bank")));
        }
        for (String path : files.paths()) {
            if (path.startsWith("media/") && !media.containsKey(path)) {
                warning(path, 0, "interchange.package.unused-media", path);
            }
        }
        return result(new CoursePackage(CoursePackage.FORMAT, code, language, title, summary.strip(), topics, hours, modules, bank,
                bankFile, media, lines));
    }

    private CoursePackage.@Nullable Module module(Node node, String path) {
        Map<String, Node> module = nodes.mapping(node, MODULE_KEYS, path + ".");
        if (module == null) {
            return null;
        }
        String code = code(module, node);
        String title = nodes.string(module, "title", node, true);
        String objectives = nodes.string(module, "objectives", node, false).strip();
        List<CoursePackage.Item> items = new ArrayList<>();
        if (module.containsKey("items")) {
            for (Node i : nodes.sequence(module.get("items"))) {
                String itemPath = path + ".items." + items.size();
                CoursePackage.Item item = item(i, itemPath);
                if (item == null) {
                    nodes.forgetLines(itemPath);
                } else {
                    items.add(item);
                }
            }
        }
        return new CoursePackage.Module(code, title, objectives, items);
    }

    private CoursePackage.@Nullable Item item(Node node, String path) {
        Map<String, Node> item = nodes.mapping(node, ITEM_KEYS, path + ".");
        if (item == null) {
            return null;
        }
        String type = nodes.string(item, "type", node, true);
        String code = code(item, node);
        String title = nodes.string(item, "title", node, true);
        String file = nodes.string(item, "file", node, true);
        boolean required = nodes.bool(item, "required", true);
        if (!type.equals("lesson") && !type.equals("quiz")) {
            error(MANIFEST, line(item.getOrDefault("type", node)), "interchange.package.item-type", type);
            return null;
        }
        if (file.isEmpty()) {
            return null;
        }
        int fileLine = line(item.get("file"));
        if (type.equals("lesson")) {
            if (item.containsKey("settings")) {
                warning(MANIFEST, line(item.get("settings")), "interchange.package.unknown-field", "settings");
            }
            @Nullable String markdown = lesson(file, fileLine);
            return markdown == null ? null
                    : new CoursePackage.Item(code, false, title, file, required, markdown, List.of(), null);
        }
        QuizSettings settings = item.containsKey("settings") ? settings(item.get("settings"), path + ".settings.")
                : QuizSettings.defaults();
        List<ParsedQuestion> questions = questions(file, fileLine);
        return new CoursePackage.Item(code, true, title, file, required, null, questions, settings);
    }

    private @Nullable String lesson(String file, int manifestLine) {
        byte[] bytes = fileBytes(file, manifestLine);
        if (bytes == null) {
            return null;
        }
        String markdown = text(file, bytes);
        if (markdown == null) {
            return null;
        }
        String[] lines = markdown.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            Matcher link = MEDIA_LINK.matcher(lines[i]);
            while (link.find()) {
                String path = "media/" + link.group(1);
                byte[] content = files.read(path).orElse(null);
                if (content == null) {
                    error(file, i + 1, "interchange.package.missing-media", path);
                } else if (!media.containsKey(path) && acceptableMedia(path, content, file, i + 1)) {
                    media.put(path, content);
                }
            }
        }
        return markdown;
    }

    /**
     * XML media (SVG above all) are refused without being parsed: they can carry scripts, external entities or
     * entity-expansion bombs, and the media library does not accept them anyway. Other types are checked from
     * their bytes when stored.
     */
    private boolean acceptableMedia(String path, byte[] content, String file, int line) {
        String start = new String(content, 0, Math.min(content.length, 512), StandardCharsets.ISO_8859_1)
                .stripLeading().toLowerCase(Locale.ROOT);
        if (path.toLowerCase(Locale.ROOT).endsWith(".svg") || start.startsWith("<?xml") || start.startsWith("<svg")
                || start.startsWith("<!doctype")) {
            error(file, line, "interchange.package.xml-media", path);
            return false;
        }
        return true;
    }

    private List<ParsedQuestion> questions(String file, int manifestLine) {
        byte[] bytes = fileBytes(file, manifestLine);
        if (bytes == null) {
            return List.of();
        }
        String text = text(file, bytes);
        if (text == null) {
            return List.of();
        }
        GiftResult parsed = file.toLowerCase(Locale.ROOT).endsWith(".txt") ? AikenParser.parse(text)
                : MoodleXmlReader.looksLikeMoodleXml(text)
                ? MoodleXmlReader.parse(text, "media/moodle/" + file.replaceAll("[^A-Za-z0-9._-]", "-") + "/")
                : GiftParser.parse(text);
        parsed.files().forEach((path, content) -> {
            if (acceptableMedia(path, content, file, 0)) {
                media.put(path, content);
            }
        });
        parsed.problems().forEach(p -> errors.add(PackageProblem.of(file, p)));
        parsed.warnings().forEach(p -> warnings.add(PackageProblem.of(file, p)));
        if (parsed.questions().isEmpty() && parsed.problems().isEmpty()) {
            error(file, 0, "interchange.package.no-questions", file);
        }
        return parsed.questions();
    }

    private QuizSettings settings(Node node, String path) {
        Map<String, Node> s = nodes.mapping(node, SETTING_KEYS, path);
        if (s == null) {
            return QuizSettings.defaults();
        }
        QuizSettings d = QuizSettings.defaults();
        FeedbackTiming feedback = nodes.choice(s, "feedback", FeedbackTiming.class, d.feedbackTiming());
        GradingPolicy grading = nodes.choice(s, "grading", GradingPolicy.class, d.gradingPolicy());
        LocalDate closesOn = null;
        if (s.containsKey("closesOn")) {
            try {
                closesOn = LocalDate.parse(nodes.scalar(s.get("closesOn")));
            } catch (DateTimeParseException e) {
                error(MANIFEST, line(s.get("closesOn")), "interchange.package.bad-date", nodes.scalar(s.get("closesOn")));
            }
        }
        QuizSettings settings = new QuizSettings(nodes.integer(s, "passMarkPercent", d.passMarkPercent(), 0, 100),
                nodes.integer(s, "attemptsAllowed", d.attemptsAllowed(), 0, QuizSettings.MAX_ATTEMPTS),
                nodes.integer(s, "timeLimitMinutes", d.timeLimitMinutes(), 0, QuizSettings.MAX_TIME_LIMIT_MINUTES),
                nodes.bool(s, "shuffleQuestions", d.shuffleQuestions()), nodes.bool(s, "shuffleAnswers", d.shuffleAnswers()),
                feedback, grading, closesOn);
        try {
            InputChecks checks = new InputChecks();
            settings.check(checks);
            checks.throwIfAny();
        } catch (InvalidInputException refused) {
            for (FieldProblem p : refused.problems()) {
                Node field = s.get(SETTING_FOR_FIELD.getOrDefault(p.field(), ""));
                errors.add(PackageProblem.refusal(MANIFEST, line(field == null ? node : field), p));
            }
        }
        return settings;
    }

    private String code(Map<String, Node> map, Node owner) {
        String code = nodes.string(map, "code", owner, true);
        if (code.isEmpty()) {
            return code;
        }
        if (!CODE.matcher(code).matches()) {
            error(MANIFEST, line(map.get("code")), "interchange.package.bad-code", code);
        } else if (!codes.add(code)) {
            error(MANIFEST, line(map.get("code")), "interchange.package.duplicate-code", code);
        }
        return code;
    }

    private byte @Nullable [] fileBytes(String file, int manifestLine) {
        try {
            String path = PackageFiles.safePath(file);
            byte[] bytes = files.read(path).orElse(null);
            if (bytes == null) {
                error(MANIFEST, manifestLine, "interchange.package.missing-file", file);
            }
            return bytes;
        } catch (PackageRefusedException e) {
            error(MANIFEST, manifestLine, "interchange.package.unsafe-path", file);
            return null;
        }
    }

    private @Nullable String text(String file, byte[] bytes) {
        StrictText.Decoded decoded = StrictText.decode(bytes);
        if (!decoded.ok()) {
            error(file, decoded.badLine(), "interchange.package.not-utf8", file);
            return null;
        }
        return decoded.text();
    }

    private void error(String file, int line, String key, @Nullable String detail) {
        errors.add(new PackageProblem(file, line, key, detail));
    }

    private void warning(String file, int line, String key, @Nullable String detail) {
        warnings.add(new PackageProblem(file, line, key, detail));
    }

    private PackageRead result(@Nullable CoursePackage coursePackage) {
        return new PackageRead(coursePackage, errors, warnings);
    }
}
