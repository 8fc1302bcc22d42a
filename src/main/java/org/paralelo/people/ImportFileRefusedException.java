package org.paralelo.people;

import org.paralelo.base.UserFacingException;

/** A participant file that cannot be read at all (empty, too big, not UTF-8, not CSV or XLSX): nothing to preview. */
public class ImportFileRefusedException extends UserFacingException {

    public ImportFileRefusedException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
