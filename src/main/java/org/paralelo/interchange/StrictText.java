package org.paralelo.interchange;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes package text as strict UTF-8: a Latin-1 (or Windows-1252) file is reported with the line of its first
 * bad byte instead of being silently turned into replacement characters.
 */
final class StrictText {

    /** The text, or the 1-based line of the first byte that is not UTF-8. */
    record Decoded(String text, int badLine) {
        boolean ok() {
            return badLine == 0;
        }
    }

    private StrictText() {
    }

    static Decoded decode(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int line = 1;
            for (int i = 0; i < in.position(); i++) {
                if (bytes[i] == '\n') {
                    line++;
                }
            }
            return new Decoded("", line);
        }
        decoder.flush(out);
        String text = out.flip().toString();
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        return new Decoded(text.replace("\r\n", "\n"), 0);
    }
}
