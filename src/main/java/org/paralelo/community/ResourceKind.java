package org.paralelo.community;

/** What a shared resource is: a document to download, a link to elsewhere, or an experience written here. */
public enum ResourceKind {
    DOCUMENT, LINK, EXPERIENCE;

    public String messageKey() {
        return "resource.kind." + name();
    }
}
