package org.paralelo.programme;

import java.time.Instant;

/**
 * A session's current check-in code as the facilitator shows it: the code, until when it works, and the link a
 * phone opens when it scans the QR code (the check-in page with the code filled in).
 */
public record CheckInCode(SessionId session, String code, Instant expiresAt, String link) {

    /** The code in two groups of three, easier to read aloud and type: {@code K7Q M2X}. */
    public String spaced() {
        return code.length() == 6 ? code.substring(0, 3) + " " + code.substring(3) : code;
    }
}
