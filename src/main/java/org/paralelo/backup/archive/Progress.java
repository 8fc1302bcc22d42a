package org.paralelo.backup.archive;

/** Told how far a backup or restore has come: its phase and the items done of the phase's total. */
@FunctionalInterface
public interface Progress {

    Progress NONE = (phase, done, total) -> { };

    void step(Phase phase, long done, long total);

    /** The phases, in order. */
    enum Phase { CHECKING, DATABASE, MEDIA, FINISHING }
}
