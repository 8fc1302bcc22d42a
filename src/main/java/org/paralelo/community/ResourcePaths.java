package org.paralelo.community;

/** Addresses of the shared resources' screens, for links from other modules (notices, search hits). */
public final class ResourcePaths {

    public static final String LIBRARY = "red/recursos";
    public static final String NEW = LIBRARY + "/nuevo";

    private ResourcePaths() {
    }

    public static String resource(ResourceId id) {
        return LIBRARY + "/" + id.value();
    }

    public static String edit(ResourceId id) {
        return LIBRARY + "/" + id.value() + "/editar";
    }
}
