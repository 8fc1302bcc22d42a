package org.paralelo.community.ui;

import com.vaadin.flow.component.Component;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.paralelo.community.ResourceView;

/** The short lines that describe a resource on cards and its page. */
final class ResourceTexts {

    private ResourceTexts() {
    }

    /** Author · region · topics · creative fields, the parts it has. */
    static String facts(Component context, ResourceView r) {
        List<String> parts = new ArrayList<>();
        parts.add(r.author().fullName());
        if (r.regionName() != null) {
            parts.add(r.regionName());
        }
        if (!r.topics().isEmpty()) {
            parts.add(String.join(", ", r.topics()));
        }
        if (!r.creativeFields().isEmpty()) {
            parts.add(fields(context, r));
        }
        return String.join(" · ", parts);
    }

    static String fields(Component context, ResourceView r) {
        return r.creativeFields().stream().map(f -> context.getTranslation(f.messageKey())).sorted()
                .collect(Collectors.joining(", "));
    }
}
