package org.paralelo.interchange;

import org.paralelo.base.UserFacingException;

/** An import that stopped: nothing was kept (the transaction rolled back); the report says why. */
public class PackageImportFailedException extends UserFacingException {

    private final transient ImportReport report;

    public PackageImportFailedException(ImportReport report) {
        super("interchange.package.import-failed", report.errors().size());
        this.report = report;
    }

    public ImportReport report() {
        return report;
    }
}
