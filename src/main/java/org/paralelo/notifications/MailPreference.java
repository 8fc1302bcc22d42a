package org.paralelo.notifications;

/** Whether a person wants mail of one kind. */
public record MailPreference(MailKind kind, boolean wanted) {
}
