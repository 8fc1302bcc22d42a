package org.paralelo.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PublicUrlTest {

    @Test
    void links_are_built_on_the_configured_address_whatever_its_slashes() {
        PublicUrl url = PublicUrl.of(" https://cursos.example.org/paralelo// ");

        assertThat(url.base()).isEqualTo("https://cursos.example.org/paralelo");
        assertThat(url.link("verify/AB12-CD34")).isEqualTo("https://cursos.example.org/paralelo/verify/AB12-CD34");
        assertThat(url.link("/login")).isEqualTo("https://cursos.example.org/paralelo/login");
    }

    @Test
    void an_address_that_is_not_http_or_https_stops_the_start_with_a_clear_message() {
        for (String wrong : new String[] {"", "cursos.example.org", "ftp://cursos.example.org",
                "javascript:alert(1)", "https://cursos.example.org/?a=b", "http://"}) {
            assertThatThrownBy(() -> PublicUrl.of(wrong)).as(wrong)
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("PARALELO_BASE_URL");
        }
    }
}
