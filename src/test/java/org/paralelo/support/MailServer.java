package org.paralelo.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * A real SMTP server in the test JVM (GreenMail) on a free port, started once and shared by every context that
 * uses {@link Initializer}. Tests can stop and start it again on the same port to play "server down".
 */
public final class MailServer {

    private static final int PORT = freePort();
    private static final ServerSetup SETUP = new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
    private static GreenMail server;

    private MailServer() {
    }

    public static synchronized GreenMail running() {
        if (server == null) {
            server = new GreenMail(SETUP);
            server.start();
        }
        return server;
    }

    public static synchronized void stop() {
        if (server != null) {
            server.stop();
            server = null;
        }
    }

    /** The messages received so far for one address. */
    public static List<MimeMessage> receivedBy(String address) {
        return Arrays.stream(running().getReceivedMessages())
                .filter(message -> {
                    try {
                        return Arrays.stream(message.getAllRecipients())
                                .anyMatch(r -> r.toString().equalsIgnoreCase(address));
                    } catch (jakarta.mail.MessagingException e) {
                        return false;
                    }
                }).toList();
    }

    /** Waits (without sleeping longer than needed) until {@code count} messages reached the address. */
    public static List<MimeMessage> awaitReceived(String address, int count, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        List<MimeMessage> received = receivedBy(address);
        while (received.size() < count && Instant.now().isBefore(deadline)) {
            running().waitForIncomingEmail(200, 1);
            received = receivedBy(address);
        }
        return received;
    }

    /** The decoded text of the message's first part of this type ({@code text/plain} or {@code text/html}). */
    public static String part(MimeMessage message, String type) {
        try {
            String found = part(message.getContent(), message.getContentType(), type);
            if (found == null) {
                throw new AssertionError("no " + type + " part in the message");
            }
            return found;
        } catch (IOException | jakarta.mail.MessagingException e) {
            throw new AssertionError(e);
        }
    }

    private static String part(Object content, String contentType, String type)
            throws IOException, jakarta.mail.MessagingException {
        if (content instanceof jakarta.mail.Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                jakarta.mail.BodyPart body = multipart.getBodyPart(i);
                String found = part(body.getContent(), body.getContentType(), type);
                if (found != null) {
                    return found;
                }
            }
            return null;
        }
        return contentType.toLowerCase().startsWith(type) && content instanceof String text ? text : null;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Points the application's mail settings at this server. */
    public static class Initializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {
        @Override
        public void initialize(ConfigurableApplicationContext context) {
            running();
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("test-mail", Map.of(
                    "paralelo.mail.host", "127.0.0.1",
                    "paralelo.mail.port", String.valueOf(PORT),
                    "paralelo.mail.starttls", "false",
                    "paralelo.mail.from", "Paralelo <no-reply@paralelo.test>")));
        }
    }
}
