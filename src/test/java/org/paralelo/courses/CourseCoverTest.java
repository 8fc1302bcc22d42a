package org.paralelo.courses;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Image;
import org.junit.jupiter.api.Test;

/** The teaching cards, the catalogue and the learner home show a cover the same way. */
class CourseCoverTest {

    @Test
    void a_cover_is_a_lazy_decorative_image_served_by_the_media_controller() {
        Image cover = CourseCover.image(42);

        assertThat(cover.getSrc()).isEqualTo("media/42/portada").isEqualTo(CourseCover.path(42));
        assertThat(cover.getAlt()).contains("");
        assertThat(cover.getElement().getAttribute("loading")).isEqualTo("lazy");
        assertThat(cover.getClassNames()).containsExactly("course-cover");
    }
}
