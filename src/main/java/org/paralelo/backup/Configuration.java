package org.paralelo.backup;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.env.PropertySource;

/** What the app and the command line both read from the environment: the version and the settings to record. */
final class Configuration {

    private static final Pattern SECRET = Pattern.compile(".*(password|secret|key|token|credential).*");
    private static final Pattern URL_PASSWORD = Pattern.compile("(?i)(password=)[^;&]*");

    private Configuration() {
    }

    static String appVersion() {
        String version = Configuration.class.getPackage().getImplementationVersion();
        return version == null ? "development" : version;
    }

    /** The effective {@code paralelo.*}, server port and database address, secrets left out. */
    static Map<String, String> recordedSettings(ConfigurableEnvironment environment) {
        Map<String, String> settings = new TreeMap<>();
        for (PropertySource<?> source : environment.getPropertySources()) {
            if (source instanceof EnumerablePropertySource<?> enumerable) {
                for (String name : enumerable.getPropertyNames()) {
                    boolean wanted = name.startsWith("paralelo.") || name.equals("server.port")
                            || name.equals("spring.datasource.url") || name.equals("spring.datasource.username");
                    if (wanted && !SECRET.matcher(name.toLowerCase(Locale.ROOT)).matches()
                            && !settings.containsKey(name)) {
                        String value = environment.getProperty(name, "");
                        settings.put(name, URL_PASSWORD.matcher(value).replaceAll("$1***"));
                    }
                }
            }
        }
        return settings;
    }
}
