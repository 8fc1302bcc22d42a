package org.paralelo.community;

/** Where the Network's screens live, for links from other screens, mails and notifications. */
public final class SpacePaths {

    /** The admins' screen of the Network's categories. */
    public static final String ADMIN_CATEGORIES = "admin/red/categorias";
    /** The admins' screen of the network moderators. */
    public static final String ADMIN_MODERATORS = "admin/red/moderadores";

    private SpacePaths() {
    }

    public static String spaces() {
        return "red";
    }

    public static String space(SpaceId space) {
        return "red/espacios/" + space.value();
    }

    public static String thread(ThreadId thread) {
        return "red/temas/" + thread.value();
    }

    /** A reply inside its thread: the page that holds it, scrolled to it. */
    public static String post(ThreadId thread, int seq) {
        return thread(thread) + "?respuesta=" + seq;
    }

    /** Where a mention leads: the member's page in the directory. */
    public static String member(String username) {
        return "red/miembros/" + username;
    }

    public static String moderation() {
        return "red/moderacion";
    }
}
