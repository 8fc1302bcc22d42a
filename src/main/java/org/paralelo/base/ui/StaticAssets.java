package org.paralelo.base.ui;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.util.DigestUtils;

/**
 * Addresses of the app's own static files ({@code frontend/}) under {@value #PREFIX} with the MD5 of their content
 * in the name, e.g. {@code assets/paralelo-3f2a….css}: browsers may keep them for a year, and a changed file gets a
 * new name. {@link StaticAssetsConfiguration} serves them (Spring's content version strategy, same MD5).
 */
public final class StaticAssets {

    static final String PREFIX = "assets/";
    /** Where Maven copies {@code frontend/}; the same place Vaadin and Spring serve static files from. */
    static final String ROOT = "META-INF/resources/";

    private static final Map<String, String> URLS = new ConcurrentHashMap<>();

    private StaticAssets() {
    }

    /** The content-hashed address of a file of {@code frontend/}, relative to the app's root (no leading slash). */
    public static String url(String path) {
        return URLS.computeIfAbsent(path, StaticAssets::hashedUrl);
    }

    private static String hashedUrl(String path) {
        String hash;
        try (InputStream in = StaticAssets.class.getClassLoader().getResourceAsStream(ROOT + path)) {
            if (in == null) {
                throw new IllegalArgumentException("no static file " + path + " under frontend/");
            }
            hash = DigestUtils.md5DigestAsHex(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int dot = path.lastIndexOf('.');
        int slash = path.lastIndexOf('/');
        String withHash = dot > slash ? path.substring(0, dot) + "-" + hash + path.substring(dot) : path + "-" + hash;
        return PREFIX + withHash;
    }
}
