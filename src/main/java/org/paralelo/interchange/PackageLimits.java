package org.paralelo.interchange;

/**
 * Caps applied while a package is read, before anything is stored: the total of all files once uncompressed, one
 * file, the number of entries, and how far the ZIP may expand its compressed bytes (a zip bomb expands thousands
 * of times; real course material, mostly text and already-compressed PDFs and DOCX, rarely passes 20).
 */
public record PackageLimits(long maxTotalBytes, long maxFileBytes, int maxEntries, int maxRatio) {

    /** 200 MB in all, 50 MB a file (the media cap), 5,000 entries, expansion up to 100 times. */
    public static PackageLimits defaults() {
        return new PackageLimits(200L * 1024 * 1024, 50L * 1024 * 1024, 5_000, 100);
    }
}
