package org.paralelo.learning;

/** Where the signed-in person stands with a course's enrolment, for the course page's button or message. */
public enum EnrolmentStatus {
    ENROLLED, COMPLETED, CAN_ENROL, NOT_YET_OPEN, WINDOW_CLOSED, BY_INVITATION_ONLY, NOT_PUBLISHED;

    public String messageKey() {
        return "learning.enrolment.status." + name();
    }
}
