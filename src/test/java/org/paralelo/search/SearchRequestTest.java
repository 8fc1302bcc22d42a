package org.paralelo.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.paralelo.base.Languages;

/** The screen and the API read their parameters through one parser, so they cannot drift apart. */
class SearchRequestTest {

    @Test
    void parameters_as_typed_become_a_request() {
        SearchRequest request = SearchRequest.parse("costos", " gestion ", "12", " LESSON ", "es", "3",
                Languages.ENGLISH);

        assertThat(request).isEqualTo(new SearchRequest("costos", "gestion", 12L, ContentType.LESSON, "es", 3,
                Languages.ENGLISH));
    }

    @Test
    void blank_malformed_and_unknown_parameters_are_ignored() {
        SearchRequest request = SearchRequest.parse(null, " ", "doce", "video", "", "-4", Languages.SPANISH);

        assertThat(request).isEqualTo(new SearchRequest("", null, null, null, null, 0, Languages.SPANISH));
    }

    @Test
    void a_huge_page_is_clamped_to_the_last_page_served() {
        assertThat(SearchRequest.parse("a", null, null, null, null, "99999999999999999999", Languages.SPANISH).page())
                .isZero();
        assertThat(SearchRequest.parse("a", null, null, null, null, "5000", Languages.SPANISH).page())
                .isEqualTo(SearchRequest.MAX_PAGE);
    }
}
