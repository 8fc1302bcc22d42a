package org.paralelo.assessment;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.UUID;

/**
 * Stable keys: random, so copies and imports never collide, and option keys reveal nothing about which option is
 * right or where an item belongs.
 */
final class Keys {

    private static final SecureRandom random = new SecureRandom();

    private Keys() {
    }

    static String questionKey() {
        return UUID.randomUUID().toString();
    }

    static String optionKey() {
        byte[] bytes = new byte[5];
        random.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
