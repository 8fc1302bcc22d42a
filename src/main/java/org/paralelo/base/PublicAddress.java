package org.paralelo.base;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The site's public address, for links that leave the app (mails, QR codes). The one place that reads the
 * setting, so renaming it is a one-line change.
 */
@Component
public class PublicAddress {

    private final String base;

    PublicAddress(@Value("${paralelo.public-url:http://localhost:8080}") String base) {
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    /** The absolute link to a path inside the app, e.g. {@code contrasena/nueva/abc}. */
    public String link(String path) {
        return base + "/" + (path.startsWith("/") ? path.substring(1) : path);
    }
}
