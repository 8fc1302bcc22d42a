package org.paralelo.base;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** The one directory the application writes to: {@code db/}, {@code index/} and {@code media/} live below it. */
@Component
public class DataDirectory {

    private final Path root;

    DataDirectory(@Value("${paralelo.data-dir}") String root) {
        this.root = Path.of(root).toAbsolutePath().normalize();
        for (String sub : new String[] {"db", "index", "media"}) {
            try {
                Files.createDirectories(this.root.resolve(sub));
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot create the data directory " + this.root.resolve(sub), e);
            }
        }
    }

    public Path root() {
        return root;
    }

    public Path resolve(String sub) {
        return root.resolve(sub);
    }
}
