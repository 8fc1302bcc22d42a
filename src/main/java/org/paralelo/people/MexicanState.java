package org.paralelo.people;

import java.util.Arrays;
import java.util.Optional;

/** The 32 federal entities of Mexico, keyed by their ISO 3166-2:MX codes; names come from the message bundles. */
public enum MexicanState {
    AGU, BCN, BCS, CAM, CHP, CHH, CMX, COA, COL, DUR, GUA, GRO, HID, JAL, MEX, MIC,
    MOR, NAY, NLE, OAX, PUE, QUE, ROO, SLP, SIN, SON, TAB, TAM, TLA, VER, YUC, ZAC;

    public String messageKey() {
        return "state." + name();
    }

    public static Optional<MexicanState> fromCode(String code) {
        return Arrays.stream(values()).filter(s -> s.name().equals(code)).findFirst();
    }
}
