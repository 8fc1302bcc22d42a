package org.paralelo.backup.archive;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 over what passes through, with the byte count. */
final class Digests {

    private Digests() {
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JDK has SHA-256", e);
        }
    }

    static String hex(MessageDigest digest) {
        return HexFormat.of().formatHex(digest.digest());
    }

    /** Reads the stream to its end; answers {size, sha256}. The stream is not closed. */
    static Manifest.Entry of(String name, InputStream in) throws IOException {
        MessageDigest digest = sha256();
        byte[] buffer = new byte[64 * 1024];
        long size = 0;
        int read;
        while ((read = in.read(buffer)) != -1) {
            digest.update(buffer, 0, read);
            size += read;
        }
        return new Manifest.Entry(name, size, hex(digest));
    }

    /** Counts and hashes the bytes written through it; closing it leaves the stream below open. */
    static final class Counting extends FilterOutputStream {

        private final MessageDigest digest = sha256();
        private long size;

        Counting(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            digest.update((byte) b);
            size++;
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            out.write(bytes, offset, length);
            digest.update(bytes, offset, length);
            size += length;
        }

        @Override
        public void close() throws IOException {
            flush();
        }

        Manifest.Entry entry(String name) {
            return new Manifest.Entry(name, size, hex(digest));
        }
    }
}
