package org.paralelo.media;

/**
 * Lets another module grant read access to a file, for example "the file is used by a lesson you may see".
 * Admins and the uploader can always read; any policy bean answering {@code true} lets the person read too.
 * Implementations ask {@link org.paralelo.people.Caller} who is reading; they must be cheap and must not throw
 * for ids they do not know.
 */
public interface MediaReadPolicy {

    boolean mayRead(MediaId id);
}
