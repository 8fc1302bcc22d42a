package org.paralelo.people;

import java.util.Locale;

/** Who a mail goes to: address, name for the greeting, and the person's language. */
public record MailContact(PersonId person, String username, String email, String fullName, Locale language) {
}
