package org.paralelo.courses;

/** Test access to the sample library reader, so other modules' tests load courses the way the app does. */
public final class SampleLibrary {

    public static final String[] FOLDERS = {"bienvenida", "gestion-empresarial", "mercadotecnia",
            "asuntos-juridicos", "habilidades-organizativas", "cultural-policy"};

    private SampleLibrary() {
    }

    public static SampleCourse read(String folder) {
        return SampleCourseLoader.read(folder);
    }
}
