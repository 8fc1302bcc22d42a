package org.paralelo.media;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.regex.Pattern;
import org.paralelo.base.DataDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The bytes of every upload, content-addressed: {@code media/ab/cd/<sha256>}. Uploads are first written to
 * {@code media/incoming/} (same file system), synced, then renamed atomically into place, so a crash can leave a
 * stray file in {@code incoming/} but never a half file under a final name. Identical bytes are stored once.
 * Bytes are placed before their row is written; if that write fails, the stored file has no row, which is
 * harmless (a later clean-up can sweep such files) and never the other way round.
 */
@Component
class ContentStore {

    private static final Logger log = LoggerFactory.getLogger(ContentStore.class);
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    private static final int BUFFER = 64 * 1024;
    /** Left-overs of a crash are removed at start-up once they are clearly not an upload in progress. */
    private static final Duration STALE = Duration.ofHours(6);

    private final Path root;
    private final Path incoming;

    ContentStore(DataDirectory data) {
        this.root = data.resolve("media");
        this.incoming = root.resolve("incoming");
        try {
            Files.createDirectories(incoming);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create " + incoming, e);
        }
        removeStaleUploads();
    }

    /** The bytes received, not yet in place. Delete it with {@link #discard} unless {@link #place} took it. */
    record Staged(Path path, long size, String sha256) {
    }

    /** Why {@link #receive} stopped reading. */
    static final class TooLarge extends Exception {
        TooLarge() {
            super(null, null, false, false);
        }
    }

    /**
     * Copies the stream to a new file in {@code incoming/}, counting bytes and hashing on the way. Stops as soon as
     * more than {@code maxBytes} arrived: a declared length is never trusted. The stream is not closed.
     */
    Staged receive(InputStream content, long maxBytes) throws IOException, TooLarge {
        Path temp = Files.createTempFile(incoming, "upload-", ".part");
        try {
            MessageDigest digest = sha256();
            long size = 0;
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                byte[] buffer = new byte[BUFFER];
                int read;
                while ((read = content.read(buffer)) != -1) {
                    size += read;
                    if (size > maxBytes) {
                        throw new TooLarge();
                    }
                    digest.update(buffer, 0, read);
                    ByteBuffer chunk = ByteBuffer.wrap(buffer, 0, read);
                    while (chunk.hasRemaining()) {
                        channel.write(chunk);
                    }
                }
                channel.force(true);
            }
            return new Staged(temp, size, HexFormat.of().formatHex(digest.digest()));
        } catch (IOException | TooLarge | RuntimeException e) {
            Files.deleteIfExists(temp);
            throw e;
        }
    }

    /** A fresh, empty file in {@code incoming/} for derived content, such as a scaled-down image. */
    Path newIncomingFile() throws IOException {
        return Files.createTempFile(incoming, "derived-", ".part");
    }

    /** Hashes and syncs a file written into {@code incoming/} by someone else, so it can be placed. */
    Staged stage(Path file) throws IOException {
        MessageDigest digest = sha256();
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
        return new Staged(file, Files.size(file), HexFormat.of().formatHex(digest.digest()));
    }

    /** Moves staged bytes to their final name, or drops them when the same bytes are already stored. */
    void place(Staged staged) throws IOException {
        Path target = pathOf(staged.sha256());
        if (Files.isRegularFile(target) && Files.size(target) == staged.size()) {
            Files.delete(staged.path());
            return;
        }
        Files.createDirectories(target.getParent());
        try {
            Files.move(staged.path(), target, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException sameBytesArrivedMeanwhile) {
            Files.delete(staged.path());
        }
        syncDirectory(target.getParent());
    }

    void discard(Staged staged) {
        discard(staged.path());
    }

    void discard(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            log.warn("Could not delete the temporary upload {}", file, e);
        }
    }

    /** Removes stored bytes; only for content that no row refers to (an upload whose transaction rolled back). */
    void delete(String sha256) {
        discard(pathOf(sha256));
    }

    InputStream open(String sha256) throws IOException {
        return Files.newInputStream(pathOf(sha256));
    }

    boolean exists(String sha256) {
        return Files.isRegularFile(pathOf(sha256));
    }

    Path pathOf(String sha256) {
        if (!SHA256.matcher(sha256).matches()) {
            throw new IllegalArgumentException("Not a lower-case hexadecimal SHA-256: " + sha256);
        }
        return root.resolve(sha256.substring(0, 2)).resolve(sha256.substring(2, 4)).resolve(sha256);
    }

    Path root() {
        return root;
    }

    private void removeStaleUploads() {
        Instant before = Instant.now().minus(STALE);
        try (DirectoryStream<Path> files = Files.newDirectoryStream(incoming, "*.part")) {
            for (Path file : files) {
                if (Files.getLastModifiedTime(file).toInstant().isBefore(before)) {
                    Files.deleteIfExists(file);
                }
            }
        } catch (IOException e) {
            log.warn("Could not clean up {}", incoming, e);
        }
    }

    /** Makes the new directory entry durable on file systems that support it (Linux); elsewhere a no-op. */
    private static void syncDirectory(Path directory) {
        try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException ignored) {
            // Windows cannot open directories as channels; the rename itself is still atomic there.
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JDK has SHA-256", e);
        }
    }
}
