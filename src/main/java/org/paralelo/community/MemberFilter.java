package org.paralelo.community;

import org.jspecify.annotations.Nullable;
import org.paralelo.people.CreativeField;
import org.paralelo.people.MexicanState;
import org.paralelo.people.Position;

/** What the member directory is narrowed to; every part is optional and they combine with "and". */
public record MemberFilter(@Nullable String text, @Nullable Long regionId, @Nullable MexicanState state,
                           @Nullable Position position, @Nullable CreativeField creativeField,
                           @Nullable String creativeCity) {

    public static MemberFilter none() {
        return new MemberFilter(null, null, null, null, null, null);
    }
}
