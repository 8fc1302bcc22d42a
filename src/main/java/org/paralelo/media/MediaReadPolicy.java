package org.paralelo.media;

import org.springframework.security.core.Authentication;

/**
 * Lets another module grant read access to a file, for example "the file is used by a lesson you may see".
 * Admins and the uploader can always read; any policy bean answering {@code true} lets the person read too.
 * Implementations must be cheap and must not throw for ids they do not know.
 */
public interface MediaReadPolicy {

    boolean mayRead(MediaId id, Authentication who);
}
