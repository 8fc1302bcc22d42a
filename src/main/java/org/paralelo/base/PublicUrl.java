package org.paralelo.base;

import java.net.URI;
import java.net.URISyntaxException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The address people reach Paralelo at ({@code PARALELO_BASE_URL}), for every absolute link that leaves the app:
 * certificates and their QR codes, the first-start sign-in address, later mails and calendar feeds. Without it,
 * {@code http://localhost:<port>}, which is only right on the machine itself: the start-up log says which is used.
 */
@Component
public class PublicUrl {

    private static final Logger log = LoggerFactory.getLogger(PublicUrl.class);

    private final String base;

    PublicUrl(@Value("${paralelo.base-url}") String configured) {
        this.base = validated(configured);
        log.info("Public address used in links and certificates: {} (set PARALELO_BASE_URL to change it)", base);
    }

    /** A fixed address, for tests and tools outside Spring. */
    public static PublicUrl of(String base) {
        return new PublicUrl(base);
    }

    /** The base without a trailing slash, e.g. {@code https://paralelo.example.org}. */
    public String base() {
        return base;
    }

    /** An absolute link to a path of the app, e.g. {@code link("verify/AB12")}. */
    public String link(String path) {
        return base + "/" + (path.startsWith("/") ? path.substring(1) : path);
    }

    static String validated(String configured) {
        String value = configured.strip();
        while (value.endsWith("/")) {
            value = value.substring(0, value.length() - 1);
        }
        try {
            URI uri = new URI(value);
            if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null
                    || uri.getQuery() != null || uri.getFragment() != null) {
                throw new URISyntaxException(value, "not an http(s) address without query or fragment");
            }
        } catch (URISyntaxException e) {
            throw new IllegalStateException("PARALELO_BASE_URL must be an http or https address such as "
                    + "https://paralelo.example.org, not '" + configured + "'", e);
        }
        return value;
    }
}
