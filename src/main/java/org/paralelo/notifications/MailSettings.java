package org.paralelo.notifications;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.time.Duration;
import java.util.Properties;
import org.jspecify.annotations.Nullable;
import org.paralelo.base.MailAvailability;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;

/**
 * The SMTP server from the environment ({@code MAIL_HOST}, {@code MAIL_PORT}, {@code MAIL_USERNAME},
 * {@code MAIL_PASSWORD}, {@code MAIL_FROM}, {@code MAIL_STARTTLS}). Without a host nothing is sent, nothing is
 * queued, and screens that would mail a link say so. Spring Boot's own mail auto-configuration stays off: it
 * would treat an empty host as configured.
 */
@Component
class MailSettings implements MailAvailability {

    private final @Nullable JavaMailSenderImpl sender;
    private final InternetAddress from;
    private final Duration claimTimeout;
    private final int maxAttempts;

    MailSettings(@Value("${paralelo.mail.host:}") String host,
                 @Value("${paralelo.mail.port:587}") int port,
                 @Value("${paralelo.mail.username:}") String username,
                 @Value("${paralelo.mail.password:}") String password,
                 @Value("${paralelo.mail.from:Paralelo <no-reply@localhost>}") String from,
                 @Value("${paralelo.mail.starttls:true}") boolean starttls,
                 @Value("${paralelo.mail.claim-timeout:5m}") Duration claimTimeout,
                 @Value("${paralelo.mail.max-attempts:8}") int maxAttempts) throws AddressException {
        this.from = new InternetAddress(from, true);
        this.claimTimeout = claimTimeout;
        this.maxAttempts = Math.max(1, maxAttempts);
        this.sender = host.isBlank() ? null : sender(host.strip(), port, username, password, starttls);
    }

    private static JavaMailSenderImpl sender(String host, int port, String username, String password,
                                             boolean starttls) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost(host);
        sender.setPort(port);
        sender.setDefaultEncoding("UTF-8");
        if (!username.isBlank()) {
            sender.setUsername(username);
            sender.setPassword(password);
        }
        Properties properties = sender.getJavaMailProperties();
        properties.put("mail.smtp.auth", String.valueOf(!username.isBlank()));
        properties.put("mail.smtp.starttls.enable", String.valueOf(starttls));
        // A hanging server must not hold a claimed message for long: the claim timeout is minutes.
        properties.put("mail.smtp.connectiontimeout", "10000");
        properties.put("mail.smtp.timeout", "20000");
        properties.put("mail.smtp.writetimeout", "20000");
        return sender;
    }

    @Override
    public boolean configured() {
        return sender != null;
    }

    @Nullable JavaMailSenderImpl sender() {
        return sender;
    }

    InternetAddress from() {
        return from;
    }

    Duration claimTimeout() {
        return claimTimeout;
    }

    int maxAttempts() {
        return maxAttempts;
    }
}
