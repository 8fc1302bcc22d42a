package org.paralelo.notifications.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import org.paralelo.base.ui.HeaderItem;
import org.paralelo.notifications.NoticeBroadcaster;
import org.paralelo.notifications.NoticeService;
import org.paralelo.people.Caller;
import org.springframework.core.annotation.Order;

/** Puts the notices bell in the header of every signed-in page. */
@org.springframework.stereotype.Component
@Order(10)
class NoticeBellItem implements HeaderItem {

    private final NoticeService notices;
    private final NoticeBroadcaster broadcaster;
    private final Caller caller;

    NoticeBellItem(NoticeService notices, NoticeBroadcaster broadcaster, Caller caller) {
        this.notices = notices;
        this.broadcaster = broadcaster;
        this.caller = caller;
    }

    /** Nothing for a visitor who is not signed in (an error page shown in the layout). */
    @Override
    public Component create() {
        return caller.signedIn() ? new NoticeBell(notices, broadcaster) : new Span();
    }
}
