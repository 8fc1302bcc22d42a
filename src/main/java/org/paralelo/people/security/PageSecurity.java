package org.paralelo.people.security;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.jsoup.nodes.Document;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Component;

/**
 * Two touches on Vaadin's page as it leaves the server: this response's CSP nonce on its script tags, so the policy
 * lets exactly those run; and the CSRF token as the {@code _csrf} meta tags that Vaadin's login form copies into
 * its POST to {@code /login}.
 */
@Component
class PageSecurity implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(page -> {
            Document document = page.getDocument();
            if (page.getVaadinRequest().getAttribute(CsrfToken.class.getName()) instanceof CsrfToken csrf) {
                document.head().appendElement("meta").attr("name", "_csrf_parameter")
                        .attr("content", csrf.getParameterName());
                document.head().appendElement("meta").attr("name", "_csrf").attr("content", csrf.getToken());
            }
            Object nonce = page.getVaadinRequest().getAttribute(SecurityHeaders.NONCE);
            if (nonce != null) {
                document.select("script").attr("nonce", nonce.toString());
            }
        });
    }
}
