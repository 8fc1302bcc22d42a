package org.paralelo.support;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Word documents whose XML declares entity bombs ("billion laughs", ten million expansions) and external entities:
 * a local file holding a secret, an address on a local web server, an external DTD and a parameter entity on that
 * server. The server counts every request, so a test can prove that no external entity or DTD was ever fetched,
 * and the secret shows whether the file was read into anything.
 */
public final class HostileDocx implements AutoCloseable {

    private final HttpServer server;
    private final AtomicInteger requests = new AtomicInteger();
    private final String secret = "secreto-" + UUID.randomUUID();
    private final Path secretFile;

    public HostileDocx(Path folder) throws IOException {
        secretFile = Files.writeString(folder.resolve("secreto.txt"), secret);
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            byte[] body = ("<!ENTITY leak '" + secret + "'>").getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
    }

    /** The bombs and external entities in {@code [Content_Types].xml}, which OOXML forbids to have a DTD at all. */
    public byte[] inContentTypes() {
        return docx(hostile("Types") + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "&h;&xxe;&web;" + TYPES_BODY + "</Types>", DOCUMENT.formatted("", "Guía de trabajo"));
    }

    /** Clean content types, so the file is a DOCX; the bombs and external entities are in the document's text. */
    public byte[] inDocument() {
        return docx(TYPES_START + TYPES_BODY + "</Types>",
                DOCUMENT.formatted(hostile("w:document"), "Guía de trabajo &xxe; &web; &h;"));
    }

    /** A well-formed, harmless DOCX holding this text in one paragraph (for tests that need a document's words). */
    public static byte[] harmless(String text) {
        return docx(TYPES_START + TYPES_BODY + "</Types>", DOCUMENT.formatted("", text));
    }

    /** How many requests the web server received: any means an external entity or DTD was fetched. */
    public int requests() {
        return requests.get();
    }

    /** The local file's content, which must not appear in anything read from the documents. */
    public String secret() {
        return secret;
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private String hostile(String root) {
        String web = "http://127.0.0.1:" + server.getAddress().getPort();
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE " + root + " SYSTEM \"" + web + "/externo.dtd\" [\n"
                + "<!ENTITY % remoto SYSTEM \"" + web + "/parametro.dtd\"> %remoto;\n"
                + "<!ENTITY xxe SYSTEM \"" + secretFile.toUri() + "\">\n"
                + "<!ENTITY web SYSTEM \"" + web + "/entidad\">\n"
                + "<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">\n"
                + "<!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\"><!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\">\n"
                + "<!ENTITY e \"&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;\"><!ENTITY f \"&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;\">\n"
                + "<!ENTITY g \"&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;\"><!ENTITY h \"&g;&g;&g;&g;&g;&g;&g;&g;&g;&g;\">]>\n";
    }

    private static final String TYPES_START = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">";
    private static final String TYPES_BODY = "<Default Extension=\"rels\" "
            + "ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
            + "<Override PartName=\"/word/document.xml\" "
            + "ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>";
    private static final String RELS = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
            + "officeDocument\" Target=\"word/document.xml\"/></Relationships>";
    private static final String DOCUMENT = "%s<w:document "
            + "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>%s"
            + "</w:t></w:r></w:p></w:body></w:document>";

    private static byte[] docx(String contentTypes, String document) {
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("[Content_Types].xml", contentTypes);
        parts.put("_rels/.rels", RELS);
        parts.put("word/document.xml", document.startsWith("<?xml") ? document
                : "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + document);
        return Zips.of(parts);
    }
}
