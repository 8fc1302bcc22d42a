package org.paralelo.interchange;

import static org.paralelo.interchange.PackageFixtures.utf8;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

/** Common Cartridges for tests: the real ones under interchange/cc/, and a small one written here with every kind. */
final class CartridgeFixtures {

    static final String[] REAL = {"single-page.imscc", "latex.imscc", "canvas-quizzes.imscc",
            "canvas_cc_gem_course.imscc"};

    private CartridgeFixtures() {
    }

    static byte[] real(String name) {
        try (InputStream in = CartridgeFixtures.class.getResourceAsStream("/interchange/cc/" + name)) {
            if (in == null) {
                throw new IllegalStateException("Missing fixture " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static PackageFiles files(byte[] zip) {
        try {
            return PackageFiles.fromZip(new java.io.ByteArrayInputStream(zip), PackageLimits.defaults());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A tiny PNG (1×1), enough for type detection. */
    static byte[] png() {
        return java.util.Base64.getDecoder().decode(
                "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");
    }

    /** A CC 1.3 cartridge with a page and its image, a PDF, a web link, a discussion, an LTI link and a quiz. */
    static Map<String, byte[]> everyKind() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("imsmanifest.xml", utf8(MANIFEST));
        files.put("pages/intro.html", utf8("""
                <html><head><title>Intro</title></head><body>
                <h2>Bienvenida</h2><p>Mira el <img src="../web_resources/logo%20azul.png" alt="logo"> y descarga
                <a href="%24IMS-CC-FILEBASE%24/guia.pdf">la guía</a>. <script>alert(1)</script>
                <a href="../../../etc/passwd">fuera</a> <a href="https://example.org/a">externo</a></p>
                </body></html>"""));
        files.put("web_resources/logo azul.png", png());
        files.put("web_resources/guia.pdf", PackageFixtures.pdf());
        files.put("links/wl.xml", utf8("""
                <?xml version="1.0" encoding="UTF-8"?>
                <webLink xmlns="http://www.imsglobal.org/xsd/imsccv1p3/imswl_v1p3">
                  <title>Secretaría de Cultura</title><url href="https://www.gob.mx/cultura" target="_blank"/>
                </webLink>"""));
        files.put("topics/dt.xml", utf8("""
                <?xml version="1.0" encoding="UTF-8"?>
                <topic xmlns="http://www.imsglobal.org/xsd/imsccv1p3/imsdt_v1p3">
                  <title>Presentaciones</title><text texttype="text/html">&lt;p&gt;Cuéntanos de tu casa de cultura.&lt;/p&gt;</text>
                </topic>"""));
        files.put("lti/tool.xml", utf8("<cartridge_basiclti_link/>"));
        files.put("quiz/assessment.xml", utf8(QTI));
        return files;
    }

    static final String MANIFEST = """
            <?xml version="1.0" encoding="UTF-8"?>
            <manifest identifier="CURSO-Gestión_2026" xmlns="http://www.imsglobal.org/xsd/imsccv1p3/imscp_v1p1"
                xmlns:lomimscc="http://ltsc.ieee.org/xsd/imsccv1p3/LOM/manifest">
              <metadata><schema>IMS Common Cartridge</schema><schemaversion>1.3.0</schemaversion>
                <lomimscc:lom><lomimscc:general><lomimscc:title><lomimscc:string>Gestión cultural</lomimscc:string>
                </lomimscc:title><lomimscc:language>es</lomimscc:language></lomimscc:general></lomimscc:lom>
              </metadata>
              <organizations><organization identifier="org" structure="rooted-hierarchy"><item identifier="root">
                <item identifier="s1"><title>Primer módulo</title>
                  <item identifier="i1" identifierref="r-page"><title>Introducción</title></item>
                  <item identifier="i2" identifierref="r-pdf"><title>Guía</title></item>
                  <item identifier="sub"><title>Carpeta</title>
                    <item identifier="i3" identifierref="r-link"><title>Cultura</title></item>
                  </item>
                </item>
                <item identifier="s2"><title>Segundo módulo</title>
                  <item identifier="i4" identifierref="r-dt"><title>Foro</title></item>
                  <item identifier="i5" identifierref="r-lti"><title>Herramienta</title></item>
                  <item identifier="i6" identifierref="r-quiz"><title>Evaluación</title></item>
                </item>
              </item></organization></organizations>
              <resources>
                <resource identifier="r-page" type="webcontent" href="pages/intro.html">
                  <file href="pages/intro.html"/><dependency identifierref="r-files"/></resource>
                <resource identifier="r-files" type="webcontent">
                  <file href="web_resources/logo azul.png"/><file href="web_resources/guia.pdf"/></resource>
                <resource identifier="r-pdf" type="webcontent" href="web_resources/guia.pdf">
                  <file href="web_resources/guia.pdf"/></resource>
                <resource identifier="r-link" type="imswl_xmlv1p3"><file href="links/wl.xml"/></resource>
                <resource identifier="r-dt" type="imsdt_xmlv1p3"><file href="topics/dt.xml"/></resource>
                <resource identifier="r-lti" type="imsbasiclti_xmlv1p0"><file href="lti/tool.xml"/></resource>
                <resource identifier="r-quiz" type="imsqti_xmlv1p2/imscc_xmlv1p3/assessment">
                  <file href="quiz/assessment.xml"/></resource>
              </resources>
            </manifest>
            """;

    static final String QTI = """
            <?xml version="1.0" encoding="UTF-8"?>
            <questestinterop xmlns="http://www.imsglobal.org/xsd/ims_qtiasiv1p2">
              <assessment ident="a1" title="Evaluación"><section ident="root_section">
                <item ident="q1" title="Opción">
                  <itemmetadata><qtimetadata><qtimetadatafield><fieldlabel>cc_profile</fieldlabel>
                    <fieldentry>cc.multiple_choice.v0p1</fieldentry></qtimetadatafield></qtimetadata></itemmetadata>
                  <presentation><material>
                    <mattext texttype="text/html">&lt;p&gt;¿Qué es un &lt;b&gt;presupuesto&lt;/b&gt;?&lt;/p&gt;</mattext>
                    </material>
                    <response_lid ident="r1" rcardinality="Single"><render_choice>
                      <response_label ident="A"><material><mattext>Un plan de ingresos y gastos</mattext></material></response_label>
                      <response_label ident="B"><material><mattext>Un inventario</mattext></material></response_label>
                    </render_choice></response_lid></presentation>
                  <resprocessing><outcomes><decvar varname="SCORE"/></outcomes>
                    <respcondition><conditionvar><varequal respident="r1">A</varequal></conditionvar>
                      <setvar action="Set" varname="SCORE">100</setvar><displayfeedback linkrefid="fA"/></respcondition>
                  </resprocessing>
                  <itemfeedback ident="fA"><material><mattext>Correcto</mattext></material></itemfeedback>
                  <itemfeedback ident="general_fb"><material><mattext>Repasa el módulo 1.</mattext></material></itemfeedback>
                </item>
                <item ident="q2" title="Varias">
                  <itemmetadata><qtimetadata><qtimetadatafield><fieldlabel>cc_profile</fieldlabel>
                    <fieldentry>cc.multiple_response.v0p1</fieldentry></qtimetadatafield></qtimetadata></itemmetadata>
                  <presentation><material><mattext>Fuentes de financiamiento</mattext></material>
                    <response_lid ident="r1" rcardinality="Multiple"><render_choice>
                      <response_label ident="A"><material><mattext>Becas</mattext></material></response_label>
                      <response_label ident="B"><material><mattext>Patrocinios</mattext></material></response_label>
                      <response_label ident="C"><material><mattext>Rumores</mattext></material></response_label>
                    </render_choice></response_lid></presentation>
                  <resprocessing><respcondition><conditionvar><and>
                      <varequal respident="r1">A</varequal><varequal respident="r1">B</varequal>
                      <not><varequal respident="r1">C</varequal></not></and></conditionvar>
                    <setvar action="Set" varname="SCORE">100</setvar></respcondition></resprocessing>
                </item>
                <item ident="q3" title="VF">
                  <itemmetadata><qtimetadata><qtimetadatafield><fieldlabel>cc_profile</fieldlabel>
                    <fieldentry>cc.true_false.v0p1</fieldentry></qtimetadatafield></qtimetadata></itemmetadata>
                  <presentation><material><mattext>Un acta requiere firmas.</mattext></material>
                    <response_lid ident="r1"><render_choice>
                      <response_label ident="T"><material><mattext>True</mattext></material></response_label>
                      <response_label ident="F"><material><mattext>False</mattext></material></response_label>
                    </render_choice></response_lid></presentation>
                  <resprocessing><respcondition><conditionvar><varequal respident="r1">F</varequal></conditionvar>
                    <setvar action="Set" varname="SCORE">100</setvar></respcondition></resprocessing>
                </item>
                <item ident="q4" title="Hueco">
                  <itemmetadata><qtimetadata><qtimetadatafield><fieldlabel>cc_profile</fieldlabel>
                    <fieldentry>cc.fib.v0p1</fieldentry></qtimetadatafield></qtimetadata></itemmetadata>
                  <presentation><material><mattext>La capital de Jalisco es ___</mattext></material>
                    <response_str ident="r1"><render_fib/></response_str></presentation>
                  <resprocessing><respcondition><conditionvar><varequal respident="r1" case="No">Guadalajara</varequal>
                    </conditionvar><setvar action="Set" varname="SCORE">100</setvar></respcondition></resprocessing>
                </item>
                <item ident="q5" title="Ensayo">
                  <itemmetadata><qtimetadata><qtimetadatafield><fieldlabel>cc_profile</fieldlabel>
                    <fieldentry>cc.essay.v0p1</fieldentry></qtimetadatafield></qtimetadata></itemmetadata>
                  <presentation><material><mattext>Describe tu proyecto.</mattext></material>
                    <response_str ident="r1"><render_fib/></response_str></presentation>
                </item>
                <item ident="q6" title="Patrón">
                  <itemmetadata><qtimetadata><qtimetadatafield><fieldlabel>cc_profile</fieldlabel>
                    <fieldentry>cc.pattern_match.v0p1</fieldentry></qtimetadatafield></qtimetadata></itemmetadata>
                  <presentation><material><mattext>Escribe algo</mattext></material></presentation>
                </item>
              </section></assessment>
            </questestinterop>
            """;
}
