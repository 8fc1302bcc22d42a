package org.paralelo.support;

import com.github.mvysny.fakeservlet.FakeResponse;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.AbstractStreamResource;
import com.vaadin.flow.server.StreamResourceRegistry;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServletResponse;
import com.vaadin.flow.server.VaadinServletService;
import com.vaadin.flow.server.VaadinSession;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;

/**
 * Clicks a download link in a Karibu test the way the browser fetches it, keeping the response headers, so tests can
 * check the file name the person gets ({@code Content-Disposition}) as well as the bytes.
 */
public final class Downloads {

    private Downloads() {
    }

    public record Download(String contentDisposition, int status, byte[] bytes) {
    }

    public static Download of(Anchor link) {
        VaadinSession session = VaadinSession.getCurrent();
        AbstractStreamResource resource = session.getResourceRegistry().getResource(URI.create(link.getHref()))
                .orElseThrow(() -> new AssertionError("no download behind " + link.getHref()));
        if (!(resource instanceof StreamResourceRegistry.ElementStreamResource download)) {
            throw new AssertionError("not a DownloadHandler: " + resource);
        }
        FakeResponse response = new FakeResponse();
        VaadinServletService service = (VaadinServletService) VaadinServletService.getCurrent();
        try {
            download.getElementRequestHandler().handleRequest(VaadinRequest.getCurrent(),
                    new VaadinServletResponse(response, service), session, download.getOwner());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String disposition = response.getHeader("Content-Disposition");
        return new Download(disposition == null ? "" : disposition, response.getStatus(),
                response.getBuffer().toByteArray());
    }
}
