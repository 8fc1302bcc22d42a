package org.paralelo.community.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.communication.PushMode;
import com.vaadin.flow.shared.ui.Transport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.paralelo.community.SpaceFixture;
import org.paralelo.community.SpacePaths;
import org.paralelo.support.KaribuTest;

/**
 * A page keeps a push connection only while it shows one of the Network's conversation screens or the notices;
 * everywhere else (the home page, search, a lesson) push is off, so a reading learner's page holds no WebSocket.
 */
class PushOnLiveScreensViewTest extends KaribuTest {

    SpaceFixture f;

    @BeforeEach
    void aCourseAndItsMembers() {
        f = SpaceFixture.in(context);
        signIn(f.member, "LEARNER");
    }

    @Test
    void push_is_off_on_the_home_page_and_on_from_the_network_s_spaces_on() {
        UI.getCurrent().navigate("");
        assertThat(pushMode()).isEqualTo(PushMode.DISABLED);

        UI.getCurrent().navigate(SpacePaths.spaces());
        assertThat(pushMode()).isEqualTo(PushMode.AUTOMATIC);
        assertThat(UI.getCurrent().getPushConfiguration().getTransport())
                .as("server to browser by WebSocket, browser to server by XHR").isEqualTo(Transport.WEBSOCKET_XHR);

        UI.getCurrent().navigate(SpacePaths.space(f.courseSpace));
        assertThat(pushMode()).isEqualTo(PushMode.AUTOMATIC);
    }

    @Test
    void leaving_the_network_for_search_or_the_home_page_switches_push_off_and_the_notices_switch_it_on_again() {
        UI.getCurrent().navigate(SpacePaths.spaces());
        UI.getCurrent().navigate("buscar");
        assertThat(pushMode()).isEqualTo(PushMode.DISABLED);

        UI.getCurrent().navigate("avisos");
        assertThat(pushMode()).isEqualTo(PushMode.AUTOMATIC);

        UI.getCurrent().navigate("");
        assertThat(pushMode()).isEqualTo(PushMode.DISABLED);
    }

    private static PushMode pushMode() {
        return UI.getCurrent().getPushConfiguration().getPushMode();
    }
}
