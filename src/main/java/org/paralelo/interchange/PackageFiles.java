package org.paralelo.interchange;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

/**
 * The files of a course package, held in memory under their normalised relative paths ({@code lessons/01.md}).
 * This map is the import's sandbox: nothing from a package is ever written to disk by name, so a hostile path can
 * only be refused, never followed. Every way in applies the {@link PackageLimits} while reading, so a zip bomb or
 * an archive of 100,000 entries is stopped after its first few megabytes, not after filling the memory.
 */
public final class PackageFiles {

    private static final Pattern DRIVE = Pattern.compile("^[A-Za-z]:.*");

    private final Map<String, byte[]> files;

    private PackageFiles(Map<String, byte[]> files) {
        this.files = Collections.unmodifiableMap(new TreeMap<>(files));
    }

    /** Files given directly (tests, the exporter); paths are checked like a ZIP's. */
    public static PackageFiles of(Map<String, byte[]> files) {
        Map<String, byte[]> checked = new TreeMap<>();
        files.forEach((name, bytes) -> checked.put(safePath(name), bytes));
        return new PackageFiles(stripSingleFolder(checked));
    }

    /**
     * Reads a ZIP from a stream (an upload is read as it arrives; nothing is buffered on disk). The stream is read
     * to the end of the archive but not closed.
     *
     * @throws PackageRefusedException when the archive is broken or breaks a limit
     * @throws IOException             when the stream itself fails: the upload broke off, or the layer beneath
     *                                 refused it (an HTTP request over its size cap), which the caller answers
     */
    public static PackageFiles fromZip(InputStream in, PackageLimits limits) throws IOException {
        CountingInputStream raw = new CountingInputStream(in);
        Map<String, byte[]> files = new TreeMap<>();
        long total = 0;
        int entries = 0;
        try {
            ZipInputStream zip = new ZipInputStream(raw);
            ZipEntry entry;
            byte[] buffer = new byte[16 * 1024];
            while ((entry = zip.getNextEntry()) != null) {
                if (++entries > limits.maxEntries()) {
                    throw refused("interchange.package.too-many-entries", String.valueOf(limits.maxEntries()));
                }
                String name = safePath(entry.getName());
                if (entry.isDirectory()) {
                    continue;
                }
                if (files.containsKey(name)) {
                    throw refused(name, "interchange.package.duplicate-entry", name);
                }
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                int read;
                long size = 0;
                while ((read = zip.read(buffer)) > 0) {
                    size += read;
                    total += read;
                    if (size > limits.maxFileBytes()) {
                        throw refused(name, "interchange.package.file-too-large",
                                String.valueOf(limits.maxFileBytes() / (1024 * 1024)));
                    }
                    if (total > limits.maxTotalBytes()) {
                        throw refused("interchange.package.too-large",
                                String.valueOf(limits.maxTotalBytes() / (1024 * 1024)));
                    }
                    // Checked once there is enough to judge: small files legitimately compress very well.
                    if (total > 1024 * 1024 && total > raw.count() * limits.maxRatio()) {
                        throw refused("interchange.package.ratio", String.valueOf(limits.maxRatio()));
                    }
                    out.write(buffer, 0, read);
                }
                files.put(name, out.toByteArray());
            }
        } catch (ZipException | EOFException | IllegalArgumentException e) {
            // EOF: a truncated archive (whatever the stream beneath did, the ZIP cannot be read). The JDK's reader
            // refuses some malformed headers (an extra field longer than a header may be) with an
            // IllegalArgumentException, which is the archive's fault too.
            throw refused("interchange.package.not-a-zip", e.getMessage());
        }
        if (entries == 0) {
            throw refused("interchange.package.not-a-zip", "");
        }
        return new PackageFiles(stripSingleFolder(files));
    }

    /**
     * Reads a package unpacked in a folder. Links of any kind are refused rather than followed, so a link to
     * /etc/passwd or out of the folder is never read.
     */
    public static PackageFiles fromFolder(Path folder, PackageLimits limits) {
        Map<String, byte[]> files = new TreeMap<>();
        Path root = folder.toAbsolutePath().normalize();
        try (Stream<Path> walk = Files.walk(root)) {
            long total = 0;
            int entries = 0;
            for (Path path : (Iterable<Path>) walk::iterator) {
                BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class,
                        LinkOption.NOFOLLOW_LINKS);
                String name = root.relativize(path).toString().replace('\\', '/');
                if (attributes.isSymbolicLink() || attributes.isOther()) {
                    throw refused(name, "interchange.package.link", name);
                }
                if (!attributes.isRegularFile()) {
                    continue;
                }
                if (++entries > limits.maxEntries()) {
                    throw refused("interchange.package.too-many-entries", String.valueOf(limits.maxEntries()));
                }
                total += attributes.size();
                if (attributes.size() > limits.maxFileBytes()) {
                    throw refused(name, "interchange.package.file-too-large",
                            String.valueOf(limits.maxFileBytes() / (1024 * 1024)));
                }
                if (total > limits.maxTotalBytes()) {
                    throw refused("interchange.package.too-large",
                            String.valueOf(limits.maxTotalBytes() / (1024 * 1024)));
                }
                files.put(safePath(name), Files.readAllBytes(path));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the course package folder " + folder, e);
        }
        return new PackageFiles(files);
    }

    public Optional<byte[]> read(String path) {
        return Optional.ofNullable(files.get(path));
    }

    public boolean has(String path) {
        return files.containsKey(path);
    }

    /** Every path, sorted. */
    public List<String> paths() {
        return List.copyOf(files.keySet());
    }

    public Map<String, byte[]> asMap() {
        return files;
    }

    /**
     * A relative path with forward slashes, refused if it is absolute, names a drive, climbs out with {@code ..},
     * or holds characters no package file needs (backslashes, control characters).
     */
    static String safePath(String name) {
        String path = name == null ? "" : name;
        if (path.isEmpty() || path.startsWith("/") || path.contains("\\") || DRIVE.matcher(path).matches()
                || path.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            throw refused(path, "interchange.package.unsafe-path", path);
        }
        for (String segment : path.split("/", -1)) {
            if (segment.equals("..")) {
                throw refused(path, "interchange.package.unsafe-path", path);
            }
        }
        return path.replaceAll("/+", "/").replaceAll("^(\\./)+", "").replace("/./", "/");
    }

    /**
     * A ZIP made by compressing the course folder itself holds {@code curso/course.yaml} (or a cartridge's
     * {@code curso/imsmanifest.xml}): look inside it.
     */
    private static Map<String, byte[]> stripSingleFolder(Map<String, byte[]> files) {
        if (files.containsKey(PackageReader.MANIFEST) || files.containsKey(CartridgeManifest.FILE)) {
            return files;
        }
        List<String> tops = files.keySet().stream().map(p -> p.contains("/") ? p.substring(0, p.indexOf('/')) : "")
                .distinct().toList();
        if (tops.size() == 1 && !tops.getFirst().isEmpty() && (files.containsKey(tops.getFirst() + "/" + PackageReader.MANIFEST)
                || files.containsKey(tops.getFirst() + "/" + CartridgeManifest.FILE))) {
            String prefix = tops.getFirst() + "/";
            Map<String, byte[]> inner = new TreeMap<>();
            files.forEach((k, v) -> inner.put(k.substring(prefix.length()), v));
            return inner;
        }
        return files;
    }

    private static PackageRefusedException refused(String key, String detail) {
        return new PackageRefusedException(new PackageProblem("", 0, key, detail));
    }

    private static PackageRefusedException refused(String file, String key, String detail) {
        return new PackageRefusedException(new PackageProblem(file, 0, key, detail));
    }

    /** Counts the compressed bytes the ZIP reader has taken, to measure the expansion ratio. */
    private static final class CountingInputStream extends FilterInputStream {

        private long count;

        CountingInputStream(InputStream in) {
            super(in);
        }

        long count() {
            return count;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }

        @Override
        public void close() {
            // The caller owns the stream.
        }
    }
}
