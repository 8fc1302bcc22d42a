package org.paralelo.programme;

import org.paralelo.base.UserFacingException;

/**
 * A session's new capacity is below the seats already taken. The person editing may confirm moving the
 * {@code extra} latest registered people to the head of the wait list ({@link SessionService#updateMovingExtra}).
 */
public class CapacityBelowRegistered extends UserFacingException {

    private final int extra;

    CapacityBelowRegistered(int registered, int capacity) {
        super("error.programme.capacity-below-registered", registered, capacity, registered - capacity);
        this.extra = registered - capacity;
    }

    /** How many people would go to the wait list. */
    public int extra() {
        return extra;
    }
}
