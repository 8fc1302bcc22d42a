package org.paralelo.media;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Looks at the media directory the way an operator would: how many files are really on disk. */
final class MediaStorageTestSupport {

    private MediaStorageTestSupport() {
    }

    /** Every regular file below {@code media/}, including unfinished uploads in {@code incoming/}. */
    static long filesUnder(Path mediaRoot) {
        try (Stream<Path> files = Files.walk(mediaRoot)) {
            return files.filter(Files::isRegularFile).count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
