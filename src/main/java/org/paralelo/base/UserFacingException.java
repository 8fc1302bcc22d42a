package org.paralelo.base;

import java.util.Arrays;

/**
 * A refusal the person can act on. Carries a message key (resolved in the person's language by the UI)
 * instead of a text, so services never produce language-specific strings.
 */
public class UserFacingException extends RuntimeException {

    private final String messageKey;
    private final Object[] arguments;

    public UserFacingException(String messageKey, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[" + messageKey + Arrays.toString(arguments) + "]";
    }
}
