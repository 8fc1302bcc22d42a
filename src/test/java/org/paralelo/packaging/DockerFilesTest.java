package org.paralelo.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** No Docker engine runs here, so the container files are checked as text against what the build produces. */
class DockerFilesTest {

    private static final Path DOCKERFILE = Path.of("docker/Dockerfile");
    private static final Path COMPOSE = Path.of("docker/compose.yaml");

    @Test
    void the_dockerfile_copies_the_jar_name_the_build_produces() throws IOException {
        String jarName = System.getProperty("paralelo.jar-name", "paralelo.jar");
        assertThat(Files.readString(DOCKERFILE))
                .containsPattern("COPY --from=build \\S*/target/" + jarName.replace(".", "\\.") + " ");
    }

    @Test
    void the_dockerfile_builds_on_jdk_25_and_runs_on_jre_25_as_a_non_root_user_with_a_data_volume()
            throws IOException {
        List<String> lines = Files.readAllLines(DOCKERFILE);
        assertThat(lines).filteredOn(l -> l.startsWith("FROM "))
                .containsExactly("FROM eclipse-temurin:25-jdk AS build", "FROM eclipse-temurin:25-jre");
        String dockerfile = String.join("\n", lines);
        assertThat(dockerfile).contains("USER paralelo", "VOLUME [\"/data\"]", "PARALELO_DATA_DIR=/data",
                "HEALTHCHECK", "/actuator/health", "package -DskipTests");
        assertThat(lines).filteredOn(l -> l.startsWith("COPY ")).extracting(l -> l.split("\\s+")[1])
                .as("top-level folders the build copies")
                .allSatisfy(source -> assertThat(source.startsWith("--from") || Files.exists(Path.of(source)))
                        .as(source).isTrue());
    }

    @Test
    @SuppressWarnings("unchecked")
    void compose_runs_the_app_with_mariadb_11_named_volumes_healthchecks_and_env_wiring() throws IOException {
        Map<String, Object> compose = new Yaml(new SafeConstructor(new LoaderOptions()))
                .load(Files.readString(COMPOSE));
        Map<String, Object> services = (Map<String, Object>) compose.get("services");
        Map<String, Object> db = (Map<String, Object>) services.get("db");
        Map<String, Object> app = (Map<String, Object>) services.get("app");
        Map<String, Object> volumes = (Map<String, Object>) compose.get("volumes");

        assertThat((String) db.get("image")).startsWith("mariadb:11");
        assertThat(db).containsKey("healthcheck");
        assertThat(app).containsKey("healthcheck");
        assertThat((List<String>) db.get("volumes")).anyMatch(v -> v.startsWith("db-data:"));
        assertThat((List<String>) app.get("volumes")).anyMatch(v -> v.startsWith("app-data:/data"));
        assertThat(volumes).containsKeys("db-data", "app-data");

        Map<String, Object> build = (Map<String, Object>) app.get("build");
        assertThat(COMPOSE.getParent().resolve((String) build.get("context")).resolve((String) build.get("dockerfile"))
                .normalize()).exists();
        Map<String, Object> environment = (Map<String, Object>) app.get("environment");
        assertThat((String) environment.get("DB_URL")).isEqualTo("jdbc:mariadb://db:3306/paralelo");
        assertThat(environment).containsKeys("DB_USER", "DB_PASSWORD", "PARALELO_ADMIN_PASSWORD", "PORT");
        Map<String, Object> dbEnvironment = (Map<String, Object>) db.get("environment");
        assertThat(dbEnvironment.get("MARIADB_DATABASE")).isEqualTo("paralelo");
        assertThat(dbEnvironment.get("MARIADB_USER")).isEqualTo(environment.get("DB_USER"));
        assertThat((Map<String, Object>) app.get("depends_on")).containsKey("db");
    }
}
