package org.paralelo.interchange;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.w3c.dom.Element;

/**
 * The parts of an IMS Common Cartridge {@code imsmanifest.xml} an import needs: the title, language and description
 * (as written, HTML or text) from its LOM metadata, the resources by identifier, and the item tree of its one organisation.
 */
record CartridgeManifest(String identifier, String version, String title, String language, String description,
                         int estimatedHours,
                         Map<String, Resource> resources, List<Node> items) {

    static final String FILE = "imsmanifest.xml";
    /** What a manifest's first kilobytes hold when it declares a Common Cartridge (any version, IMS or 1EdTech). */
    private static final Pattern DECLARES_CC = Pattern.compile(
            "imsccv1p\\d|Common Cartridge</schema>|imscc_xmlv1p\\d", Pattern.CASE_INSENSITIVE);

    /** A resource: its type ({@code webcontent}, {@code imsqti_xmlv1p2/imscc_xmlv1p1/assessment}…), its files. */
    record Resource(String identifier, String type, String href, List<String> files, List<String> dependencies) {

        /** The file that holds the resource: its href, or else its first file. */
        String mainFile() {
            return !href.isEmpty() ? href : files.isEmpty() ? "" : files.getFirst();
        }

        boolean is(String kind) {
            return type.toLowerCase(Locale.ROOT).contains(kind);
        }
    }

    /** An organisation item: a folder (children) or a leaf pointing at a resource. */
    record Node(String title, @Nullable String resource, List<Node> children) {
    }

    /** Whether the files hold a manifest that declares itself a Common Cartridge. */
    static boolean declaredIn(PackageFiles files) {
        return files.read(FILE).map(bytes -> DECLARES_CC.matcher(
                new String(bytes, 0, Math.min(bytes.length, 8192), StandardCharsets.UTF_8)).find()).orElse(false);
    }

    static CartridgeManifest of(Element manifest) {
        Element metadata = SafeXml.child(manifest, "metadata");
        Element general = SafeXml.child(SafeXml.child(metadata, "lom"), "general");
        String title = SafeXml.text(SafeXml.child(SafeXml.child(general, "title"), "string"));
        String language = SafeXml.text(SafeXml.child(general, "language"));
        String description = SafeXml.text(SafeXml.child(SafeXml.child(general, "description"), "string"));
        Map<String, Resource> resources = new LinkedHashMap<>();
        for (Element r : SafeXml.children(SafeXml.child(manifest, "resources"), "resource")) {
            String base = r.getAttribute("xml:base");
            List<String> files = SafeXml.children(r, "file").stream()
                    .map(f -> base + f.getAttribute("href")).filter(h -> !h.equals(base)).toList();
            List<String> dependencies = SafeXml.children(r, "dependency").stream()
                    .map(d -> d.getAttribute("identifierref")).toList();
            String href = r.getAttribute("href");
            resources.put(r.getAttribute("identifier"), new Resource(r.getAttribute("identifier"),
                    r.getAttribute("type"), href.isEmpty() ? "" : base + href, files, dependencies));
        }
        List<Node> items = new ArrayList<>();
        Element organization = SafeXml.child(SafeXml.child(manifest, "organizations"), "organization");
        for (Element root : SafeXml.children(organization, "item")) {
            // The CC profile's root item has no title and holds the course's top level.
            items.addAll(nodes(root));
        }
        return new CartridgeManifest(manifest.getAttribute("identifier"),
                SafeXml.text(SafeXml.child(metadata, "schemaversion")), title, language, description,
                hours(SafeXml.child(SafeXml.child(SafeXml.child(metadata, "lom"), "educational"),
                        "typicalLearningTime")), resources, items);
    }

    /** LOM's typical learning time ({@code PT12H}, {@code P2DT4H}) in whole hours; 0 when absent or unreadable. */
    static int hours(@Nullable Element learningTime) {
        String text = SafeXml.text(SafeXml.child(learningTime, "duration"));
        try {
            long hours = text.isEmpty() ? 0 : java.time.Duration.parse(text).toHours();
            return (int) Math.clamp(hours, 0, 10_000);
        } catch (java.time.format.DateTimeParseException unreadable) {
            return 0;
        }
    }

    private static List<Node> nodes(Element parent) {
        return SafeXml.children(parent, "item").stream().map(item -> new Node(
                SafeXml.text(SafeXml.child(item, "title")),
                item.getAttribute("identifierref").isEmpty() ? null : item.getAttribute("identifierref"),
                nodes(item))).toList();
    }
}
