package org.paralelo.courses;

import java.util.UUID;

/** Stable keys for modules and items: random, so copies and imports never collide. */
final class Keys {

    private Keys() {
    }

    static String newKey() {
        return UUID.randomUUID().toString();
    }
}
