package org.paralelo.base;

/**
 * Whether this installation sends e-mail. The notifications module answers; a screen that would mail a link
 * asks first and, without mail, says so instead of promising a message that never comes.
 */
public interface MailAvailability {

    boolean configured();
}
