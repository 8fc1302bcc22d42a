package org.paralelo.community;

import org.paralelo.people.PersonId;

/** Addresses of the Network's people screens, for links from other modules (notices, mails). */
public final class NetworkPaths {

    public static final String DIRECTORY = "red/miembros";
    public static final String MY_PROFILE = "red/mi-perfil";
    public static final String MESSAGES = "red/mensajes";

    private NetworkPaths() {
    }

    public static String member(PersonId id) {
        return DIRECTORY + "/" + id.value();
    }

    public static String conversation(long conversationId) {
        return MESSAGES + "/" + conversationId;
    }
}
