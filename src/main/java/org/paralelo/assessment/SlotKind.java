package org.paralelo.assessment;

/** A quiz slot holds one fixed question or draws some questions at random from a bank category. */
public enum SlotKind {
    FIXED, RANDOM
}
