package org.paralelo.programme;

import java.util.List;

/**
 * A saved session and what the trainer should know about it without it being refused: e.g. that a facilitator
 * has another session at the same time ({@code warnings} are message keys with their arguments).
 */
public record SessionSaved(SessionId id, List<Warning> warnings) {

    public record Warning(String messageKey, Object... arguments) {
    }
}
