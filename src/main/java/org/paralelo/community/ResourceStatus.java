package org.paralelo.community;

/** Where a resource stands: waiting in the moderators' queue, published, or back with its author with a reason. */
public enum ResourceStatus {
    PENDING, PUBLISHED, REJECTED;

    public String messageKey() {
        return "resource.status." + name();
    }
}
