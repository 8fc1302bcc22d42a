package org.paralelo.backup;

import org.paralelo.base.UserFacingException;

/**
 * A backup or restore that cannot be done, with a message key and its arguments: a damaged, incomplete or foreign
 * archive, an archive of a newer schema, a data directory or database that is not empty, a database in use.
 */
public class BackupRefusedException extends UserFacingException {

    public BackupRefusedException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
