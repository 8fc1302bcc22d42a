package org.paralelo.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.shared.communication.PushMode;
import org.springframework.stereotype.Component;

/**
 * Server push only where it is worth its cost: after every navigation a page's push connection is switched on if
 * the screen now shown is a {@link LiveScreen} and off otherwise (Vaadin opens or closes the WebSocket with that
 * response). A push connection holds a socket, Tomcat's WebSocket buffers and Atmosphere's resource for as long as
 * the page is open, tens of kilobytes per reader; a learner reading a lesson or answering a quiz needs none of it.
 * The transport (WebSocket from server to browser, XHR the other way) is set on the application shell.
 */
@Component
class PushOnLiveScreens implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addAfterNavigationListener(
                navigation -> apply(init.getUI(), navigation)));
    }

    static void apply(UI ui, AfterNavigationEvent navigation) {
        boolean live = navigation.getActiveChain().stream().anyMatch(LiveScreen.class::isInstance);
        PushMode wanted = live ? PushMode.AUTOMATIC : PushMode.DISABLED;
        if (ui.getPushConfiguration().getPushMode() != wanted) {
            ui.getPushConfiguration().setPushMode(wanted);
        }
    }
}
