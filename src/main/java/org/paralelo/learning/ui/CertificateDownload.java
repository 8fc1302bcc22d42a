package org.paralelo.learning.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import org.paralelo.base.UserFacingException;
import org.paralelo.learning.CertificateService;
import org.paralelo.learning.CertificateView;

/**
 * A link that downloads a certificate's PDF. The PDF is produced by the service at click time, under the
 * clicking person's own rights (owner or admin); anyone else gets a 404, never the file.
 */
final class CertificateDownload {

    private CertificateDownload() {
    }

    static Anchor link(CertificateService certificates, CertificateView certificate, String text) {
        String code = certificate.code();
        Anchor link = new Anchor();
        link.setText(text);
        // Named in the clicking person's language, e.g. "certificado-K7QM-2XPA-9RTB-HW4C.pdf".
        String fileName = link.getTranslation("learning.certificate.file-name", code);
        link.setHref(DownloadHandler.fromInputStream(event -> {
            try {
                byte[] pdf = certificates.pdf(code);
                return new DownloadResponse(new ByteArrayInputStream(pdf), fileName, "application/pdf", pdf.length);
            } catch (UserFacingException | org.springframework.security.access.AccessDeniedException refused) {
                return DownloadResponse.error(404);
            }
        }));
        link.getElement().setAttribute("download", true);
        link.addClassName("certificate-download");
        return link;
    }
}
