package org.paralelo.interchange;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * What an uploaded file is, told from its first bytes, never from its name: a ZIP (a {@code paralelo-course/1}
 * package or an IMS Common Cartridge, told apart by the manifest inside, see {@link CoursePackageService}), a bare
 * question file (Moodle XML, Aiken or GIFT text), or something else, which is refused with a clear message.
 */
public enum UploadFormat {
    ZIP, MOODLE_XML, AIKEN, GIFT, UNKNOWN;

    /** How many leading bytes {@link #detect} needs. */
    public static final int HEAD_BYTES = 8192;
    /** Aiken's answer line ({@code ANSWER: B}); GIFT has none and always has braces. */
    private static final Pattern AIKEN_ANSWER = Pattern.compile("(?m)^ANSWER:\\s*[A-Za-z]\\s*$");

    /** The format of a file that starts with these bytes (up to {@link #HEAD_BYTES} of them). */
    public static UploadFormat detect(byte[] head) {
        if (head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
            return ZIP;
        }
        if (!text(head)) {
            return UNKNOWN;
        }
        String start = new String(head, StandardCharsets.UTF_8);
        if (MoodleXmlReader.looksLikeMoodleXml(start)) {
            return start.contains("<quiz") ? MOODLE_XML : UNKNOWN;
        }
        if (AIKEN_ANSWER.matcher(start).find() && start.indexOf('{') < 0) {
            return AIKEN;
        }
        return start.indexOf('{') >= 0 ? GIFT : UNKNOWN;
    }

    /** Whether these are the questions formats a course's bank imports. */
    public boolean questions() {
        return this == MOODLE_XML || this == AIKEN || this == GIFT;
    }

    /** UTF-8 text without control characters other than tabs and line ends (a cut multi-byte end is fine). */
    private static boolean text(byte[] head) {
        if (head.length == 0) {
            return false;
        }
        String decoded = new String(head, StandardCharsets.UTF_8);
        long broken = decoded.chars().filter(c -> c == 0xFFFD).count();
        return broken <= 1 && decoded.chars().noneMatch(c -> c < 0x20 && c != '\n' && c != '\r' && c != '\t');
    }
}
