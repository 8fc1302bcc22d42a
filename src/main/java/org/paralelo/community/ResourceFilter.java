package org.paralelo.community;

import org.jspecify.annotations.Nullable;
import org.paralelo.people.CreativeField;

/** What the resource library is narrowed to; every part is optional and they combine with "and". */
public record ResourceFilter(@Nullable String topic, @Nullable CreativeField creativeField, @Nullable Long regionId,
                             @Nullable ResourceKind kind) {

    public static ResourceFilter none() {
        return new ResourceFilter(null, null, null, null);
    }
}
