package org.paralelo.interchange;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.paralelo.assessment.QuizSettings;
import org.paralelo.base.Languages;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.SAXException;

/**
 * Reads an IMS Common Cartridge (1.0–1.3, as Moodle, Canvas and Chamilo export it) into the same checked course
 * model as a {@code paralelo-course/1} package, so it is previewed, imported all or nothing and reported the same
 * way. The organisation's top-level folders become modules (leaves at the top level gather in a first module);
 * web content becomes lessons, files linked from pages media, web links lessons with the link, discussion topics
 * lessons with their text, CC-profile QTI assessments quizzes and question banks the course's bank. Everything
 * without an equivalent (LTI links, other resource types, unsupported question types, resources outside the
 * organisation) is named in the report's warnings.
 */
final class CartridgeReader {

    /** The longest course summary the course catalogue keeps ({@code Course.MAX_SUMMARY}). */
    static final int MAX_SUMMARY = 2000;
    private static final String SPANISH_OTHERS = "Recursos fuera de módulos";
    private static final String ENGLISH_OTHERS = "Resources outside modules";
    private static final String SPANISH_GENERAL = "General";

    private final PackageFiles files;
    private final List<PackageProblem> errors = new ArrayList<>();
    private final List<PackageProblem> warnings = new ArrayList<>();
    private final Map<String, byte[]> media = new LinkedHashMap<>();
    private final List<ParsedQuestion> bank = new ArrayList<>();
    private final CartridgeLessons lessons;
    private String bankFile = "";
    private CartridgeManifest manifest = new CartridgeManifest("", "", "", "", "", 0, Map.of(),
            List.of());

    private CartridgeReader(PackageFiles files) {
        this.files = files;
        this.lessons = new CartridgeLessons(files, media, warnings);
    }

    /** Whether these files are a Common Cartridge: an {@code imsmanifest.xml} that declares the profile. */
    static boolean isCartridge(PackageFiles files) {
        return CartridgeManifest.declaredIn(files);
    }

    static PackageRead read(PackageFiles files) {
        return new CartridgeReader(files).read();
    }

    private PackageRead read() {
        Document document;
        try {
            document = SafeXml.parse(files.read(CartridgeManifest.FILE).orElse(new byte[0]));
        } catch (SAXException broken) {
            errors.add(new PackageProblem(CartridgeManifest.FILE, 0, "interchange.cc.not-xml",
                    SafeXml.excerpt(broken.getMessage())));
            return new PackageRead(null, errors, warnings);
        }
        Element root = document.getDocumentElement();
        if (!SafeXml.name(root).equals("manifest")) {
            errors.add(new PackageProblem(CartridgeManifest.FILE, 0, "interchange.cc.not-a-manifest",
                    SafeXml.name(root)));
            return new PackageRead(null, errors, warnings);
        }
        manifest = CartridgeManifest.of(root);
        String language = manifest.language().toLowerCase(Locale.ROOT).startsWith("en") ? Languages.ENGLISH_TAG
                : Languages.SPANISH_TAG;
        List<CoursePackage.Module> modules = modules(language);
        String title = manifest.title().isBlank() ? "Common Cartridge" : manifest.title();
        String format = (CoursePackage.CARTRIDGE + " " + manifest.version()).strip();
        return new PackageRead(new CoursePackage(format, code(manifest.identifier(), title), language, title,
                summary(manifest.description()), List.of(),
                manifest.estimatedHours(), modules, bank, bankFile, media, Map.of()), errors, warnings);
    }

    /**
     * The LOM description as the course summary: its text (tags dropped, entities read, so nothing of its HTML
     * reaches the page), cut to the summary's limit with a warning.
     */
    private String summary(String description) {
        String text = HtmlToMarkdown.plain(description).strip();
        if (text.length() <= MAX_SUMMARY) {
            return text;
        }
        warnings.add(new PackageProblem(CartridgeManifest.FILE, 0, "interchange.cc.summary-cut",
                String.valueOf(MAX_SUMMARY)));
        int end = MAX_SUMMARY - 1;
        end -= Character.isHighSurrogate(text.charAt(end - 1)) ? 1 : 0;
        return text.substring(0, end).strip() + "…";
    }

    /** Top-level folders are modules; top-level leaves gather in a first module; unplaced content in a last one. */
    private List<CoursePackage.Module> modules(String language) {
        List<CoursePackage.Module> modules = new ArrayList<>();
        Set<String> placed = new HashSet<>();
        List<CartridgeManifest.Node> loose = manifest.items().stream().filter(n -> n.children().isEmpty()).toList();
        if (!loose.isEmpty()) {
            addModule(modules, SPANISH_GENERAL, loose, placed);
        }
        for (CartridgeManifest.Node node : manifest.items()) {
            if (!node.children().isEmpty()) {
                addModule(modules, node.title(), node.children(), placed);
            }
        }
        List<CartridgeManifest.Node> unplaced = unplaced(placed);
        if (!unplaced.isEmpty()) {
            addModule(modules, language.equals(Languages.ENGLISH_TAG) ? ENGLISH_OTHERS : SPANISH_OTHERS, unplaced,
                    placed);
        }
        return modules;
    }

    private void addModule(List<CoursePackage.Module> modules, String title, List<CartridgeManifest.Node> nodes,
                           Set<String> placed) {
        String code = "m" + (modules.size() + 1);
        List<CoursePackage.Item> items = new ArrayList<>();
        for (CartridgeManifest.Node leaf : leaves(nodes)) {
            if (leaf.resource() == null) {
                continue;
            }
            placed.add(leaf.resource());
            CoursePackage.Item item = item(code + "-" + (items.size() + 1), leaf);
            if (item != null) {
                items.add(item);
            }
        }
        if (!items.isEmpty()) {
            modules.add(new CoursePackage.Module(code, title.isBlank() ? code : title, "", items));
        }
    }

    /** Folders inside modules are flattened: Paralelo's modules hold items, not sub-folders. */
    private static List<CartridgeManifest.Node> leaves(List<CartridgeManifest.Node> nodes) {
        List<CartridgeManifest.Node> leaves = new ArrayList<>();
        for (CartridgeManifest.Node node : nodes) {
            if (node.children().isEmpty()) {
                leaves.add(node);
            } else {
                leaves.addAll(leaves(node.children()));
            }
        }
        return leaves;
    }

    /**
     * Content the organisation does not place: pages, quizzes, links and topics that no item names and no other
     * resource depends on. Question banks are read into the bank; plain files wait for a page to link them.
     */
    private List<CartridgeManifest.Node> unplaced(Set<String> placed) {
        Set<String> needed = new HashSet<>(placed);
        manifest.resources().values().forEach(r -> needed.addAll(r.dependencies()));
        List<CartridgeManifest.Node> content = new ArrayList<>();
        for (CartridgeManifest.Resource resource : manifest.resources().values()) {
            if (needed.contains(resource.identifier())) {
                continue;
            }
            if (resource.is("question-bank")) {
                questionBank(resource);
            } else if (kindOf(resource) != Kind.OTHER && kindOf(resource) != Kind.FILE) {
                content.add(new CartridgeManifest.Node("", resource.identifier(), List.of()));
            } else if (kindOf(resource) == Kind.OTHER) {
                warnings.add(new PackageProblem(CartridgeManifest.FILE, 0, "interchange.cc.unplaced",
                        resource.mainFile().isEmpty() ? resource.identifier() : resource.mainFile()));
            }
        }
        return content;
    }

    enum Kind { PAGE, FILE, LINK, DISCUSSION, QUIZ, LTI, OTHER }

    static Kind kindOf(CartridgeManifest.Resource resource) {
        String main = resource.mainFile().toLowerCase(Locale.ROOT);
        boolean html = main.endsWith(".html") || main.endsWith(".htm");
        if (resource.is("imsqti_xmlv1p2") && resource.is("assessment")) {
            return Kind.QUIZ;
        } else if (resource.is("imswl_xmlv1p")) {
            return Kind.LINK;
        } else if (resource.is("imsdt_xmlv1p")) {
            return Kind.DISCUSSION;
        } else if (resource.is("basiclti") || resource.is("imsblti")) {
            return Kind.LTI;
        } else if (html) {
            return Kind.PAGE;
        } else if (resource.is("webcontent") && !main.isEmpty()) {
            return Kind.FILE;
        }
        return Kind.OTHER;
    }

    private CoursePackage.@Nullable Item item(String code, CartridgeManifest.Node leaf) {
        CartridgeManifest.Resource resource = manifest.resources().get(leaf.resource());
        if (resource == null) {
            warnings.add(new PackageProblem(CartridgeManifest.FILE, 0, "interchange.cc.missing-resource",
                    leaf.resource()));
            return null;
        }
        String file = resource.mainFile();
        Kind kind = kindOf(resource);
        if (kind == Kind.LTI || kind == Kind.OTHER) {
            warnings.add(new PackageProblem(CartridgeManifest.FILE, 0, kind == Kind.LTI ? "interchange.cc.lti-lost"
                    : "interchange.cc.unsupported-resource", title(leaf, resource.type()),
                    List.of(title(leaf, resource.type()), resource.type())));
            return null;
        }
        byte[] bytes = files.read(file).orElse(null);
        if (bytes == null) {
            warnings.add(new PackageProblem(CartridgeManifest.FILE, 0, "interchange.cc.missing-file", file));
            return null;
        }
        return switch (kind) {
            case QUIZ -> quiz(code, leaf, file, bytes);
            case PAGE -> lesson(code, title(leaf, file), file, lessons.page(file, bytes), resource);
            case FILE -> lesson(code, title(leaf, file), file, lessons.download(file, leaf.title()), resource);
            case LINK, DISCUSSION -> CartridgeTopics.item(code, leaf.title(), file, bytes, kind == Kind.LINK,
                    errors, warnings, lessons);
            default -> null;
        };
    }

    private CoursePackage.Item lesson(String code, String title, String file, String markdown,
                                      CartridgeManifest.Resource resource) {
        if (!resource.is("webcontent")) {
            warnings.add(new PackageProblem(file, 0, "interchange.cc.kept-as-lesson", resource.type()));
        }
        return new CoursePackage.Item(code, false, title, file, true, markdown.isBlank() ? title : markdown,
                List.of(), null);
    }

    private CoursePackage.Item quiz(String code, CartridgeManifest.Node leaf, String file, byte[] bytes) {
        GiftResult parsed = QtiReader.parse(bytes);
        parsed.problems().forEach(p -> errors.add(PackageProblem.of(file, p)));
        parsed.warnings().forEach(p -> warnings.add(PackageProblem.of(file, p)));
        String title = leaf.title();
        if (title.isBlank()) {
            try {
                title = QtiReader.title(SafeXml.parse(bytes));
            } catch (SAXException alreadyReported) {
                title = file;
            }
        }
        QuizSettings settings;
        try {
            settings = CartridgeQuizSettings.read(SafeXml.parse(bytes));
        } catch (SAXException alreadyReported) {
            settings = QuizSettings.defaults();
        }
        return new CoursePackage.Item(code, true, title.isBlank() ? file : title, file, true, null,
                parsed.questions(), settings);
    }

    private void questionBank(CartridgeManifest.Resource resource) {
        String file = resource.mainFile();
        byte[] bytes = files.read(file).orElse(null);
        if (bytes == null) {
            warnings.add(new PackageProblem(CartridgeManifest.FILE, 0, "interchange.cc.missing-file", file));
            return;
        }
        GiftResult parsed = QtiReader.parse(bytes);
        parsed.problems().forEach(p -> errors.add(PackageProblem.of(file, p)));
        parsed.warnings().forEach(p -> warnings.add(PackageProblem.of(file, p)));
        bank.addAll(parsed.questions());
        if (bankFile.isEmpty()) {
            bankFile = file;
        }
    }

    private static String title(CartridgeManifest.Node leaf, String fallback) {
        return leaf.title().isBlank() ? fallback : leaf.title();
    }

    /** A stable course code from the cartridge's identifier, so importing it again updates the same course. */
    static String code(String identifier, String title) {
        String source = identifier.isBlank() ? title : identifier;
        String slug = source.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        slug = slug.length() > 76 ? slug.substring(0, 76).replaceAll("-+$", "") : slug;
        return "cc-" + (slug.isEmpty() ? "curso" : slug);
    }
}
