package org.paralelo.community;

import java.time.Instant;

/** One message as shown in its conversation; {@code body} is plain text and is shown as text. */
public record MessageView(long id, boolean mine, String senderName, String body, Instant sentAt) {
}
