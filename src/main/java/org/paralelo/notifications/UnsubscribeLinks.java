package org.paralelo.notifications;

/** Route helper for the unsubscribe page, so links and the view agree on one path. */
public final class UnsubscribeLinks {

    public static final String ROUTE = "correo/baja";

    private UnsubscribeLinks() {
    }

    public static String path(String token) {
        return ROUTE + "/" + token;
    }
}
