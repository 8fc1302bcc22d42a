package org.paralelo.notifications.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.jspecify.annotations.Nullable;
import org.paralelo.notifications.NoticeBroadcaster;
import org.paralelo.notifications.NoticeService;

/**
 * The bell in the header: the number of unread notices and a click to the list. While the page is open a new count
 * is set as it happens; a {@code LiveScreen} pushes it at once, any other screen shows it with its next round trip.
 * It listens only while attached, so a closed tab costs nothing.
 */
class NoticeBell extends Button {

    private final NoticeService notices;
    private final NoticeBroadcaster broadcaster;
    private final Span count = new Span();
    private @Nullable Runnable stopListening;

    NoticeBell(NoticeService notices, NoticeBroadcaster broadcaster) {
        super(new Icon(VaadinIcon.BELL));
        this.notices = notices;
        this.broadcaster = broadcaster;
        setId("notice-bell");
        addClassName("notice-bell");
        addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        count.setId("notice-count");
        count.addClassName("notice-count");
        getElement().appendChild(count.getElement());
        addClickListener(click -> getUI().ifPresent(ui -> ui.navigate(NoticesView.ROUTE)));
        show(notices.myUnreadCount());
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        super.onAttach(attach);
        UI ui = attach.getUI();
        notices.me().ifPresent(me -> stopListening = broadcaster.register(me,
                unread -> ui.access(() -> show(unread))));
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        if (stopListening != null) {
            stopListening.run();
            stopListening = null;
        }
        super.onDetach(detach);
    }

    void show(long unread) {
        count.setText(unread == 0 ? "" : unread > 99 ? "99+" : Long.toString(unread));
        count.setVisible(unread > 0);
        setAriaLabel(unread == 0 ? getTranslation("notice.bell.none")
                : getTranslation("notice.bell.unread", unread));
        setTooltipText(getTranslation("notice.bell.title"));
    }
}
