package org.paralelo.people;

/** What a set-password screen tells the person who opened a link. */
public enum LinkState {
    VALID, EXPIRED, USED, UNKNOWN
}
