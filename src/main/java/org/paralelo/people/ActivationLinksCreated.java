package org.paralelo.people;

import java.util.List;

/**
 * Activation links made together (one call, up to a hundred accounts of a bulk import), published as one event so
 * their mails are queued in one transaction after the commit instead of one listener run per person.
 */
public record ActivationLinksCreated(List<ActivationLinkCreated> links) {

    public ActivationLinksCreated {
        links = List.copyOf(links);
    }
}
