package org.paralelo.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.function.BiFunction;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/** Copies of a good archive with one thing wrong, as a bad disk, a cut download or a hand edit leaves them. */
final class TamperedArchives {

    private TamperedArchives() {
    }

    /** The first {@code fraction} of the bytes, as an interrupted copy leaves it. */
    static Path truncated(Path archive, double fraction) throws IOException {
        byte[] bytes = Files.readAllBytes(archive);
        Path copy = sibling(archive, "truncated");
        Files.write(copy, java.util.Arrays.copyOf(bytes, (int) (bytes.length * fraction)));
        return copy;
    }

    /**
     * Rewrites every entry through {@code change} (name, bytes → new bytes, or null to leave the entry out), then
     * adds {@code extraName} with {@code extraBytes} if given.
     */
    static Path rewritten(Path archive, String label, BiFunction<String, byte[], byte[]> change, String extraName,
                          byte[] extraBytes) throws IOException {
        Path copy = sibling(archive, label);
        try (ZipFile zip = new ZipFile(archive.toFile());
             OutputStream file = Files.newOutputStream(copy);
             ZipOutputStream out = new ZipOutputStream(file)) {
            for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements(); ) {
                ZipEntry entry = entries.nextElement();
                byte[] bytes;
                try (InputStream in = zip.getInputStream(entry)) {
                    bytes = in.readAllBytes();
                }
                byte[] changed = change.apply(entry.getName(), bytes);
                if (changed != null) {
                    out.putNextEntry(new ZipEntry(entry.getName()));
                    out.write(changed);
                    out.closeEntry();
                }
            }
            if (extraName != null) {
                out.putNextEntry(new ZipEntry(extraName));
                out.write(extraBytes);
                out.closeEntry();
            }
        }
        return copy;
    }

    static Path rewritten(Path archive, String label, BiFunction<String, byte[], byte[]> change) throws IOException {
        return rewritten(archive, label, change, null, null);
    }

    static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static Path sibling(Path archive, String label) {
        return archive.resolveSibling("tampered-" + label + "-" + System.nanoTime() + ".zip");
    }
}
