package org.paralelo.community;

import java.time.Duration;

/**
 * How much one person may write: at most {@link #PER_BURST} messages in {@link #BURST} and {@link #PER_DAY} in
 * 24 hours, counted from the stored messages (so a restart does not reset them). Enough for a lively exchange,
 * too little for a mass mailing from a stolen account.
 */
public final class MessageLimits {

    public static final int PER_BURST = 20;
    public static final Duration BURST = Duration.ofMinutes(10);
    public static final int PER_DAY = 200;

    private MessageLimits() {
    }
}
