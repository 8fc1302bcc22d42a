package org.paralelo.interchange;

import java.util.Map;

/** Package fixtures for tests outside this package (views). */
public final class TestPackages {

    private TestPackages() {
    }

    public static Map<String, byte[]> minimal(String code) {
        return PackageFixtures.minimal(code);
    }

    public static byte[] zip(Map<String, byte[]> files) {
        return CoursePackageExporter.zip(files);
    }
}
