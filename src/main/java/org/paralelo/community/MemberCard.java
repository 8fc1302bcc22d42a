package org.paralelo.community;

import org.jspecify.annotations.Nullable;
import org.paralelo.people.MemberFacts;

/** One member in the directory: their public facts with their organisation and Creative City. */
public record MemberCard(MemberFacts facts, @Nullable String organisation, @Nullable CreativeCity creativeCity) {
}
