package org.paralelo.base.ui;

import java.security.SecureRandom;
import java.util.HexFormat;

/** Short codes that let a person quote an error and an admin find its log line. */
final class Incidents {

    private static final SecureRandom random = new SecureRandom();

    private Incidents() {
    }

    static String newCode() {
        byte[] bytes = new byte[4];
        random.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes).toUpperCase();
    }
}
