package org.paralelo.interchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Hostile archives and folders are refused while reading, before anything is kept; nothing is written anywhere. */
class PackageFilesTest {

    @TempDir
    Path temp;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"../evil.md", "lessons/../../evil.md", "/etc/passwd", "C:/Windows/evil.md",
            "lessons\\..\\evil.md", "lessons/\u0000.md"})
    void zip_slip_absolute_and_odd_paths_are_refused(String name) throws IOException {
        byte[] zip = zip(Map.of("course.yaml", "format: x", name, "boom"));

        assertThatThrownBy(() -> PackageFiles.fromZip(new ByteArrayInputStream(zip), PackageLimits.defaults()))
                .isInstanceOfSatisfying(PackageRefusedException.class, e -> assertThat(e.problem().messageKey())
                        .isEqualTo("interchange.package.unsafe-path"));
        assertThat(temp.getParent().resolve("evil.md")).doesNotExist();
    }

    @Test
    void a_zip_bomb_is_stopped_by_the_expansion_ratio_long_before_it_is_unpacked() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("media/zeros.bin"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 64; i++) { // 64 MB of zeros, about 64 kB compressed
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        assertThat(bytes.size()).isLessThan(2 * 1024 * 1024);

        assertThatThrownBy(() -> PackageFiles.fromZip(new ByteArrayInputStream(bytes.toByteArray()),
                PackageLimits.defaults())).isInstanceOfSatisfying(PackageRefusedException.class,
                e -> assertThat(e.problem().messageKey()).isEqualTo("interchange.package.ratio"));
    }

    @Test
    void the_total_uncompressed_size_is_capped() throws IOException {
        byte[] zip = zip(Map.of("a.txt", "x".repeat(600), "b.txt", "y".repeat(600)));

        assertThatThrownBy(() -> PackageFiles.fromZip(new ByteArrayInputStream(zip),
                new PackageLimits(1000, 1000, 100, 1000))).isInstanceOfSatisfying(PackageRefusedException.class,
                e -> assertThat(e.problem().messageKey()).isEqualTo("interchange.package.too-large"));
    }

    @Test
    void one_hundred_thousand_entries_are_refused_at_the_cap() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (int i = 0; i < 100_000; i++) {
                zip.putNextEntry(new ZipEntry("media/f" + i + ".txt"));
                zip.closeEntry();
            }
        }

        assertThatThrownBy(() -> PackageFiles.fromZip(new ByteArrayInputStream(bytes.toByteArray()),
                PackageLimits.defaults())).isInstanceOfSatisfying(PackageRefusedException.class,
                e -> assertThat(e.problem().messageKey()).isEqualTo("interchange.package.too-many-entries"));
    }

    @Test
    void the_same_name_twice_in_a_zip_is_refused() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("course.yaml"));
            zip.closeEntry();
            // ZipOutputStream refuses duplicates itself, so the second one differs only by a "./" prefix.
            zip.putNextEntry(new ZipEntry("./course.yaml"));
            zip.closeEntry();
        }

        assertThatThrownBy(() -> PackageFiles.fromZip(new ByteArrayInputStream(bytes.toByteArray()),
                PackageLimits.defaults())).isInstanceOfSatisfying(PackageRefusedException.class,
                e -> assertThat(e.problem().messageKey()).isEqualTo("interchange.package.duplicate-entry"));
    }

    @Test
    void something_that_is_not_a_zip_is_refused() {
        assertThatThrownBy(() -> PackageFiles.fromZip(new ByteArrayInputStream("hola".getBytes()),
                PackageLimits.defaults())).isInstanceOfSatisfying(PackageRefusedException.class,
                e -> assertThat(e.problem().messageKey()).isEqualTo("interchange.package.not-a-zip"));
    }

    @Test
    void a_stream_that_fails_while_the_zip_is_read_passes_its_own_exception_to_the_caller() throws IOException {
        byte[] zip = zip(Map.of("course.yaml", noise(100_000), "lessons/l1.md", "# Hola"));
        IOException cut = new IOException("over the request's size cap");
        InputStream failing = new java.io.FilterInputStream(new ByteArrayInputStream(zip)) {
            private int left = 1_000;

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                if (left <= 0) {
                    throw cut;
                }
                int n = super.read(b, off, Math.min(len, left));
                left -= Math.max(n, 0);
                return n;
            }
        };

        assertThatThrownBy(() -> PackageFiles.fromZip(failing, PackageLimits.defaults())).isSameAs(cut);
    }

    @Test
    void a_truncated_zip_is_refused_as_not_a_zip() throws IOException {
        byte[] zip = zip(Map.of("course.yaml", noise(10_000)));
        byte[] half = java.util.Arrays.copyOf(zip, zip.length / 2);

        assertThatThrownBy(() -> PackageFiles.fromZip(new ByteArrayInputStream(half), PackageLimits.defaults()))
                .isInstanceOfSatisfying(PackageRefusedException.class,
                        e -> assertThat(e.problem().messageKey()).isEqualTo("interchange.package.not-a-zip"));
    }

    @Test
    void a_local_header_with_an_impossible_extra_field_is_refused_as_not_a_zip() {
        byte[] name = "course.yaml".getBytes(StandardCharsets.US_ASCII);
        java.nio.ByteBuffer entry = java.nio.ByteBuffer.allocate(30 + name.length + 65_535)
                .order(java.nio.ByteOrder.LITTLE_ENDIAN);
        entry.putInt(0x04034b50).putShort((short) 10).putShort((short) 0).putShort((short) 0).putInt(0).putInt(0)
                .putInt(0).putInt(0).putShort((short) name.length).putShort((short) 65_535).put(name)
                .putShort((short) 0x7070).putShort((short) 65_531);

        assertThatThrownBy(() -> PackageFiles.fromZip(new ByteArrayInputStream(entry.array()),
                PackageLimits.defaults())).isInstanceOfSatisfying(PackageRefusedException.class,
                e -> assertThat(e.problem().messageKey()).isEqualTo("interchange.package.not-a-zip"));
    }

    @Test
    void a_zip_of_the_course_folder_is_read_from_inside_that_folder() throws IOException {
        byte[] zip = zip(Map.of("mi-curso/course.yaml", "format: x", "mi-curso/lessons/l1.md", "# Hola"));

        PackageFiles files = PackageFiles.fromZip(new ByteArrayInputStream(zip), PackageLimits.defaults());

        assertThat(files.paths()).containsExactly("course.yaml", "lessons/l1.md");
    }

    @Test
    void a_symbolic_link_in_a_folder_is_refused_not_followed() throws IOException {
        Path secret = Files.writeString(temp.resolve("secreto.txt"), "contraseña");
        Path course = Files.createDirectories(temp.resolve("curso/media"));
        Files.writeString(temp.resolve("curso/course.yaml"), "format: paralelo-course/1");
        Files.createSymbolicLink(course.resolve("robado.pdf"), secret);

        assertThatThrownBy(() -> PackageFiles.fromFolder(temp.resolve("curso"), PackageLimits.defaults()))
                .isInstanceOfSatisfying(PackageRefusedException.class, e -> {
                    assertThat(e.problem().messageKey()).isEqualTo("interchange.package.link");
                    assertThat(e.problem().file()).isEqualTo("media/robado.pdf");
                });
    }

    @Test
    void a_folder_over_the_entry_cap_is_refused() throws IOException {
        for (int i = 0; i < 5; i++) {
            Files.writeString(temp.resolve("f" + i + ".txt"), "x");
        }

        assertThatThrownBy(() -> PackageFiles.fromFolder(temp, new PackageLimits(1000, 1000, 4, 100)))
                .isInstanceOfSatisfying(PackageRefusedException.class, e -> assertThat(e.problem().messageKey())
                        .isEqualTo("interchange.package.too-many-entries"));
    }

    /** Text that does not compress, so a cut in the ZIP falls inside the entry. */
    private static String noise(int bytes) {
        byte[] random = new byte[bytes];
        new java.util.Random(7).nextBytes(random);
        return java.util.Base64.getEncoder().encodeToString(random);
    }

    static byte[] zip(Map<String, String> files) throws IOException {
        return org.paralelo.support.Zips.of(files);
    }
}
