package org.paralelo.people;

import java.time.Duration;
import org.paralelo.base.AttemptLog;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Limits password-reset requests: per source address (someone probing many addresses) and per e-mail address
 * (someone flooding one person's inbox), each at most so many in any hour. Both count every request, known address
 * or not, so the limit itself says nothing about which accounts exist. Counted in the database ({@link AttemptLog}),
 * so requests through any app node add up; a refused request does not count.
 */
@Component
class ResetThrottle {

    static final Duration WINDOW = Duration.ofHours(1);

    private final AttemptLog log;
    private final int perAddress;
    private final int perEmail;

    ResetThrottle(AttemptLog log,
                  @Value("${paralelo.password-reset.max-per-address:10}") int perAddress,
                  @Value("${paralelo.password-reset.max-per-email:3}") int perEmail) {
        this.log = log;
        this.perAddress = perAddress;
        this.perEmail = perEmail;
    }

    /** Whether this source may ask at all; counts the request. */
    boolean allowAddress(String address) {
        return log.recordIfUnder("reset-source:" + address, perAddress, WINDOW);
    }

    /** Whether a mail may go to this address now; counts the request. */
    boolean allowEmail(String email) {
        return log.recordIfUnder("reset-email:" + email, perEmail, WINDOW);
    }
}
