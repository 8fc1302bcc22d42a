package org.paralelo.interchange;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.jspecify.annotations.Nullable;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * XML from an uploaded archive, parsed so it can reach nothing and expand nothing: DOCTYPEs are refused (no
 * entity, internal or external, can be declared), no XInclude, secure processing on. Elements are found by local
 * name, so the same code reads CC 1.1, 1.2 and 1.3, whose namespaces differ only in their version.
 */
final class SafeXml {

    private SafeXml() {
    }

    /** The parsed document; a {@link SAXException} for anything malformed or declaring a DOCTYPE. */
    static Document parse(byte[] bytes) throws SAXException {
        try {
            return builder().parse(new ByteArrayInputStream(bytes));
        } catch (IOException impossible) {
            throw new SAXException(impossible);
        }
    }

    static List<Element> children(@Nullable Element parent, String localName) {
        List<Element> found = new ArrayList<>();
        if (parent != null) {
            for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
                if (node instanceof Element element && localName.equals(name(element))) {
                    found.add(element);
                }
            }
        }
        return found;
    }

    static @Nullable Element child(@Nullable Element parent, String localName) {
        List<Element> found = children(parent, localName);
        return found.isEmpty() ? null : found.getFirst();
    }

    /** Every element of that local name at any depth below the parent, in document order. */
    static List<Element> descendants(@Nullable Element parent, String localName) {
        List<Element> found = new ArrayList<>();
        if (parent != null) {
            for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
                if (node instanceof Element element) {
                    if (localName.equals(name(element))) {
                        found.add(element);
                    }
                    found.addAll(descendants(element, localName));
                }
            }
        }
        return found;
    }

    /** The element's stripped text; empty for none. */
    static String text(@Nullable Element element) {
        return element == null ? "" : element.getTextContent().strip();
    }

    /** The local name, with or without namespace awareness. */
    static String name(Element element) {
        String local = element.getLocalName();
        return local == null ? element.getTagName().replaceFirst("^.*:", "") : local;
    }

    static String excerpt(@Nullable String message) {
        String text = message == null ? "" : message.strip();
        return text.length() > 120 ? text.substring(0, 120) + "…" : text;
    }

    /** A parser with the protections above (Moodle XML questions use it too). */
    static DocumentBuilder builder() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            return builder;
        } catch (ParserConfigurationException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
