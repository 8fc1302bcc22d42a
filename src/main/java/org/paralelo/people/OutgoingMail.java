package org.paralelo.people;

import org.paralelo.base.MailAvailability;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** Whether links are mailed: asks the notifications module, and answers no where it is absent (module tests). */
@Component
class OutgoingMail {

    private final ObjectProvider<MailAvailability> mail;

    OutgoingMail(ObjectProvider<MailAvailability> mail) {
        this.mail = mail;
    }

    boolean available() {
        MailAvailability availability = mail.getIfAvailable();
        return availability != null && availability.configured();
    }
}
