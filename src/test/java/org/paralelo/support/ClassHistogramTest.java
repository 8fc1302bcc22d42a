package org.paralelo.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ClassHistogramTest {

    private static final String BEFORE = """
            12345:
             num     #instances         #bytes  class name (module)
            -------------------------------------------------------
               1:           100           4000  [B (java.base@25.0.3)
               2:            10            240  java.lang.String (java.base@25.0.3)
               3:             2             64  org.paralelo.Twice
               4:             1             32  org.paralelo.Twice
            Total           113           4336
            """;
    private static final String AFTER = """
               1:           150           9000  [B (java.base@25.0.3)
               2:            20            480  java.lang.String (java.base@25.0.3)
               3:             5            160  com.vaadin.flow.internal.StateNode (com.vaadin@25)
            Total           175           9640
            """;

    @Test
    void every_class_row_is_read_with_its_instances_and_bytes_and_a_name_loaded_twice_is_summed() {
        Map<String, long[]> classes = ClassHistogram.parse(BEFORE);

        assertThat(classes).containsOnlyKeys("[B", "java.lang.String", "org.paralelo.Twice");
        assertThat(classes.get("[B")).containsExactly(100, 4000);
        assertThat(classes.get("org.paralelo.Twice")).containsExactly(3, 96);
        assertThat(ClassHistogram.bytes(classes)).isEqualTo(4336);
    }

    @Test
    void growth_lists_the_later_histograms_classes_by_bytes_added_largest_first() {
        var growth = ClassHistogram.growth(ClassHistogram.parse(BEFORE), ClassHistogram.parse(AFTER)).toList();

        assertThat(growth).extracting(Map.Entry::getKey)
                .containsExactly("[B", "java.lang.String", "com.vaadin.flow.internal.StateNode");
        assertThat(growth.get(0).getValue()).containsExactly(50, 5000);
        assertThat(growth.get(2).getValue()).containsExactly(5, 160);
    }
}
