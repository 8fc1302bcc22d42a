package org.paralelo.media;

import org.paralelo.base.UserFacingException;

/** The file does not exist, or is gone from the disk. Shown like a file the person may not read. */
public class MediaNotFoundException extends UserFacingException {

    public MediaNotFoundException() {
        super("error.media.not-found");
    }
}
