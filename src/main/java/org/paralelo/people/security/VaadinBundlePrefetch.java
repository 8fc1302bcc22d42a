package org.paralelo.people.security;

import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.server.startup.ApplicationConfiguration;
import jakarta.servlet.ServletContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The files of Vaadin's production bundle that a first Vaadin page loads, found at run time in the bundle on the
 * classpath (the app's own build if there is one, else Vaadin's pre-compiled one): the scripts its
 * {@code index.html} names, the modules the entry script lists for preloading, and their static imports — not the
 * large chunks loaded on demand. Empty in development mode, which serves another bundle, or if the bundle's layout
 * ever changes so that no {@code index.html} is found: then the page simply has no hints.
 */
@Component
class VaadinBundlePrefetch {

    private static final List<String> BUNDLES = List.of("META-INF/VAADIN/webapp/", "vaadin-prod-bundle/webapp/");
    private static final Pattern PAGE_SCRIPT = Pattern.compile("[\"']\\./VAADIN/build/([\\w.-]+\\.js)[\"']");
    /** Every module an entry script names (Vite's preload lists hold them as plain strings). */
    private static final Pattern NAMED = Pattern.compile("[\"']\\./([\\w.-]+\\.js)[\"']");
    /** Static imports in minified modules: {@code from"./x.js"} or {@code import"./x.js"}, not {@code import(}. */
    private static final Pattern STATIC_IMPORT = Pattern.compile(
            "(?:\\bfrom|\\bimport)\\s*[\"']\\./([\\w.-]+\\.js)[\"']");

    private final ServletContext servletContext;
    private volatile List<String> files;

    VaadinBundlePrefetch(ServletContext servletContext) {
        this.servletContext = servletContext;
    }

    /** Addresses relative to the app's root, e.g. {@code VAADIN/build/indexhtml-DzH1Kr6S.js}. */
    List<String> files() {
        List<String> known = files;
        if (known == null) {
            // Once, not once per request of the first crowd: reading the bundle's scripts takes a while, and a class
            // opening the sign-in page together would otherwise each read them (seen in the load test's profile).
            synchronized (this) {
                known = files;
                if (known == null) {
                    known = productionMode() ? find() : List.of();
                    files = known;
                }
            }
        }
        return known;
    }

    private boolean productionMode() {
        try {
            return ApplicationConfiguration.get(new VaadinServletContext(servletContext)).isProductionMode();
        } catch (RuntimeException notReady) {
            return false;
        }
    }

    private static List<String> find() {
        PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
        for (String bundle : BUNDLES) {
            Resource page = resolver.getResource("classpath:" + bundle + "index.html");
            if (page.exists()) {
                Set<String> entries = names(PAGE_SCRIPT, read(page));
                return withImports(entries, name -> resolver.getResource("classpath:" + bundle + "VAADIN/build/"
                        + name)).stream().map(name -> "VAADIN/build/" + name).toList();
            }
        }
        return List.of();
    }

    /** The entries, what they name, and the static imports of all of these, as far as they exist. */
    static Set<String> withImports(Set<String> entries, Function<String, Resource> scripts) {
        Set<String> wanted = new LinkedHashSet<>(entries);
        for (String entry : entries) {
            Resource script = scripts.apply(entry);
            if (script.exists()) {
                wanted.addAll(names(NAMED, read(script)));
            }
        }
        Deque<String> todo = new ArrayDeque<>(wanted);
        Set<String> found = new LinkedHashSet<>();
        while (!todo.isEmpty()) {
            String name = todo.pop();
            Resource script = scripts.apply(name);
            if (script.exists() && found.add(name)) {
                todo.addAll(names(STATIC_IMPORT, read(script)));
            }
        }
        return found;
    }

    private static Set<String> names(Pattern pattern, String text) {
        Set<String> names = new LinkedHashSet<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }

    private static String read(Resource script) {
        try (InputStream in = script.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
