package org.paralelo.interchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * What we write against what IMS Common Cartridge 1.3 requires, checked element by element: the CC 1.3 XSDs are
 * not kept here (docs/interchange-formats.md, "Schema validation", says why), so this test states the rules of
 * the CP 1.2 profile for CC 1.3 and its Schematron rule sets 1–10, and the CC profile of QTI 1.2, that our
 * manifest and QTI files must meet. Each rule's number from the profile is in its message.
 */
class CartridgeStructureTest {

    private static final String CP = "http://www.imsglobal.org/xsd/imsccv1p3/imscp_v1p1";
    private static final String QTI = "http://www.imsglobal.org/xsd/ims_qtiasiv1p2";
    private static final String ASSESSMENT = "imsqti_xmlv1p2/imscc_xmlv1p3/assessment";
    private static final String BANK = "imsqti_xmlv1p2/imscc_xmlv1p3/question-bank";
    private static final Set<String> RESOURCE_TYPES = Set.of("webcontent", "imswl_xmlv1p3", "imsdt_xmlv1p3",
            ASSESSMENT, BANK, "imsbasiclti_xmlv1p0", "associatedcontent/imscc_xmlv1p3/learning-application-resource");
    private static final Set<String> CC_PROFILES = Set.of("cc.multiple_choice.v0p1", "cc.multiple_response.v0p1",
            "cc.true_false.v0p1", "cc.fib.v0p1", "cc.essay.v0p1", "cc.pattern_match.v0p1");

    private static Map<String, byte[]> written() {
        Map<String, byte[]> original = PackageFixtures.with(PackageFixtures.minimal("curso"), "quizzes/q1.gift",
                CartridgeRoundTripTest.QUIZ);
        return CartridgeWriter.write(PackageReader.read(PackageFiles.of(original)).coursePackage()).files();
    }

    private static Document parse(byte[] xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    private static List<Element> children(Element parent, String namespace, String name) {
        List<Element> found = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && namespace.equals(e.getNamespaceURI()) && e.getLocalName().equals(name)) {
                found.add(e);
            }
        }
        return found;
    }

    private static Element only(Element parent, String namespace, String name) {
        List<Element> found = children(parent, namespace, name);
        assertThat(found).as("exactly one <%s> in <%s>", name, parent.getLocalName()).hasSize(1);
        return found.getFirst();
    }

    private static List<Element> all(Document document, String namespace, String name) {
        List<Element> found = new ArrayList<>();
        var nodes = document.getElementsByTagNameNS(namespace, name);
        for (int i = 0; i < nodes.getLength(); i++) {
            found.add((Element) nodes.item(i));
        }
        return found;
    }

    @Test
    void the_manifest_meets_the_cc_1_3_profile_of_content_packaging() throws Exception {
        Map<String, byte[]> files = written();
        Document document = parse(files.get("imsmanifest.xml"));
        Element manifest = document.getDocumentElement();

        assertThat(manifest.getNamespaceURI()).isEqualTo(CP);
        assertThat(manifest.getLocalName()).isEqualTo("manifest");
        assertThat(manifest.getAttribute("identifier")).as("manifest identifier").isNotBlank();
        assertThat(manifest.hasAttribute("version")).as("profile (e): no version on the manifest").isFalse();
        Element metadata = only(manifest, CP, "metadata");
        assertThat(only(metadata, CP, "schema").getTextContent()).isEqualTo("IMS Common Cartridge");
        assertThat(only(metadata, CP, "schemaversion").getTextContent()).isEqualTo("1.3.0");

        Element organizations = only(manifest, CP, "organizations");
        assertThat(organizations.hasAttribute("default")).as("profile (a)").isFalse();
        Element organization = only(organizations, CP, "organization");
        assertThat(organization.getAttribute("structure")).as("profile (d)").isEqualTo("rooted-hierarchy");
        Element root = only(organization, CP, "item");
        assertThat(children(root, CP, "title")).as("profile (n): the root item has no title").isEmpty();

        Set<String> ids = new HashSet<>();
        for (Element any : all(document, CP, "*")) {
            if (any.hasAttribute("identifier")) {
                assertThat(ids.add(any.getAttribute("identifier"))).as("identifiers are unique (xs:ID): %s",
                        any.getAttribute("identifier")).isTrue();
            }
        }
        Map<String, Element> resources = new java.util.HashMap<>();
        for (Element resource : children(only(manifest, CP, "resources"), CP, "resource")) {
            resources.put(resource.getAttribute("identifier"), resource);
        }
        for (Element item : all(document, CP, "item")) {
            if (item != root) {
                assertThat(children(item, CP, "title")).as("profile (n): item %s has one title",
                        item.getAttribute("identifier")).hasSize(1);
                assertThat(item.hasAttribute("isvisible") || item.hasAttribute("parameters")).as("profile (b, c)")
                        .isFalse();
            }
            if (item.hasAttribute("identifierref")) {
                Element target = resources.get(item.getAttribute("identifierref"));
                assertThat(target).as("identifierref %s names a resource", item.getAttribute("identifierref"))
                        .isNotNull();
                assertThat(target.getAttribute("type")).as("rule 8a: no item points at a question bank")
                        .isNotEqualTo(BANK);
                assertThat(children(item, CP, "item")).as("rule 8b: a learning object has no child items").isEmpty();
            }
        }
        for (Element resource : resources.values()) {
            String id = resource.getAttribute("identifier");
            String type = resource.getAttribute("type");
            assertThat(RESOURCE_TYPES).as("profile (m): type of %s", id).contains(type);
            List<Element> resourceFiles = children(resource, CP, "file");
            Set<String> hrefs = new HashSet<>();
            for (Element file : resourceFiles) {
                String href = file.getAttribute("href");
                assertThat(hrefs.add(href)).as("rule 9a: %s lists %s once", id, href).isTrue();
                assertThat(files).as("%s: the file %s is in the cartridge", id, href).containsKey(href);
            }
            if (type.equals(ASSESSMENT) || type.equals(BANK) || type.equals("imswl_xmlv1p3")
                    || type.equals("imsdt_xmlv1p3")) {
                assertThat(resource.hasAttribute("href")).as("rules 1c–4c: %s has no href", id).isFalse();
                assertThat(resourceFiles).as("rules 1a–4b: %s has its one file", id).hasSize(1);
            }
            if (resource.hasAttribute("href")) {
                assertThat(hrefs).as("rule 10b: %s lists its href as a file", id).contains(resource.getAttribute("href"));
            }
            Set<String> dependencies = new HashSet<>();
            for (Element dependency : children(resource, CP, "dependency")) {
                String target = dependency.getAttribute("identifierref");
                assertThat(target).as("rule 7a: no dependency of %s on itself", id).isNotEqualTo(id);
                assertThat(dependencies.add(target)).as("rule 7b: one dependency of %s on %s", id, target).isTrue();
                assertThat(resources).as("%s depends on a resource that exists", id).containsKey(target);
                assertThat(resources.get(target).getAttribute("type")).as("rules 1d–6f: %s depends only on web content",
                        id).isEqualTo("webcontent");
            }
            if (type.equals("webcontent") && isReferenced(document, id)) {
                assertThat(resource.getAttribute("href")).as("rule 5g: %s, referenced by an item, has an href", id)
                        .isNotBlank();
            }
        }
    }

    private static boolean isReferenced(Document document, String id) {
        return all(document, CP, "item").stream().anyMatch(i -> i.getAttribute("identifierref").equals(id));
    }

    @Test
    void every_qti_file_is_a_cc_profile_questestinterop() throws Exception {
        Map<String, byte[]> files = written();
        List<String> qtiFiles = new ArrayList<>();
        Document manifest = parse(files.get("imsmanifest.xml"));
        for (Element resource : all(manifest, CP, "resource")) {
            if (resource.getAttribute("type").startsWith("imsqti_xmlv1p2/")) {
                qtiFiles.add(only(resource, CP, "file").getAttribute("href"));
            }
        }
        assertThat(qtiFiles).isNotEmpty();
        for (String path : qtiFiles) {
            Document qti = parse(files.get(path));
            Element root = qti.getDocumentElement();
            assertThat(root.getNamespaceURI()).as(path).isEqualTo(QTI);
            assertThat(root.getLocalName()).as(path).isEqualTo("questestinterop");
            List<Element> holders = new ArrayList<>(children(root, QTI, "assessment"));
            holders.addAll(children(root, QTI, "objectbank"));
            assertThat(holders).as("%s: one assessment or object bank", path).hasSize(1);
            Element holder = holders.getFirst();
            assertThat(holder.getAttribute("ident")).as(path + " ident").isNotBlank();
            if (holder.getLocalName().equals("assessment")) {
                assertThat(holder.getAttribute("title")).as(path + " assessment title").isNotBlank();
                Element section = only(holder, QTI, "section");
                assertThat(section.getAttribute("ident")).as(path + " section").isEqualTo("root_section");
            }
            List<Element> items = all(qti, QTI, "item");
            assertThat(items).as(path + " items").isNotEmpty();
            for (Element item : items) {
                String ident = item.getAttribute("ident");
                assertThat(ident).as(path + " item ident").isNotBlank();
                List<String> profiles = new ArrayList<>();
                for (Element field : all(qti, QTI, "qtimetadatafield")) {
                    if (field.getParentNode().getParentNode().getParentNode() == item
                            && only(field, QTI, "fieldlabel").getTextContent().equals("cc_profile")) {
                        profiles.add(only(field, QTI, "fieldentry").getTextContent());
                    }
                }
                assertThat(profiles).as("%s %s: one cc_profile", path, ident).hasSize(1);
                assertThat(CC_PROFILES).as("%s %s: a CC profile", path, ident).contains(profiles.getFirst());
                assertThat(children(item, QTI, "presentation")).as("%s %s: presentation", path, ident).hasSize(1);
                if (!profiles.getFirst().equals("cc.essay.v0p1")) {
                    assertThat(children(item, QTI, "resprocessing")).as("%s %s: scored", path, ident).hasSize(1);
                }
            }
        }
    }
}
