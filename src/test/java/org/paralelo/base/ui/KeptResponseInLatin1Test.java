package org.paralelo.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.internal.CurrentInstance;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletService;
import com.vaadin.flow.server.VaadinSession;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.paralelo.support.KaribuTest;
import org.springframework.mock.web.MockHttpServletRequest;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a page keeps of its last response, to send again if the browser resends a request, is stored one byte a
 * character: after each of the page's requests every character beyond Latin-1 in it is a JSON escape, so it is the
 * same JSON to the browser at half the memory (issue #16). Driven through Vaadin's own end of request.
 */
class KeptResponseInLatin1Test extends KaribuTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String QUIZ_RESPONSE = "{\"syncId\":3,\"changes\":[{\"node\":7,\"value\":\"Guardando…\"},"
            + "{\"node\":8,\"value\":\"← Volver al curso: “Gestión cultural” — año 2026 😀\"},"
            + "{\"node\":9,\"value\":\"comillas \\\" y \\\\u2026 escritas, tab\\t\"}]}";

    @Test
    void after_a_page_s_request_its_kept_response_is_the_same_json_with_every_character_in_latin_1() {
        UI ui = UI.getCurrent();
        ui.getInternals().setLastRequestResponse(QUIZ_RESPONSE);

        endRequest("uidl", String.valueOf(ui.getUIId()));

        String kept = ui.getInternals().getLastRequestResponse();
        assertThat(kept.chars()).as("characters of the kept response").allMatch(c -> c <= 0xFF);
        assertThat(JSON.readTree(kept)).as("the same JSON").isEqualTo(JSON.readTree(QUIZ_RESPONSE));
        assertThat(kept).as("Spanish letters are Latin-1 and stay as they are").contains("Gestión", "año")
                .contains("Guardando\\u2026", "\\ud83d\\ude00");
    }

    @Test
    void a_kept_response_already_in_latin_1_is_kept_as_the_very_same_string() {
        UI ui = UI.getCurrent();
        String latin1 = "{\"syncId\":4,\"changes\":[{\"value\":\"Gestión cultural, año 2026\"}]}";
        ui.getInternals().setLastRequestResponse(latin1);

        endRequest("uidl", String.valueOf(ui.getUIId()));

        assertThat(ui.getInternals().getLastRequestResponse()).isSameAs(latin1);
    }

    @Test
    void other_requests_and_requests_naming_no_page_of_the_session_leave_the_kept_response_alone() {
        UI ui = UI.getCurrent();
        ui.getInternals().setLastRequestResponse(QUIZ_RESPONSE);

        endRequest("heartbeat", String.valueOf(ui.getUIId()));
        endRequest("uidl", null);
        endRequest("uidl", "");
        endRequest("uidl", "abc");
        endRequest("uidl", "-1");
        endRequest("uidl", "99999999999999999999");
        endRequest("uidl", String.valueOf(ui.getUIId() + 1000));

        assertThat(ui.getInternals().getLastRequestResponse()).isSameAs(QUIZ_RESPONSE);
    }

    @Test
    void a_page_that_has_not_answered_any_request_yet_is_left_alone() {
        UI ui = UI.getCurrent();
        ui.getInternals().setLastRequestResponse(null);

        endRequest("uidl", String.valueOf(ui.getUIId()));

        assertThat(ui.getInternals().getLastRequestResponse()).isNull();
    }

    @Test
    void every_character_of_the_basic_plane_and_beyond_reads_back_the_same_after_escaping() {
        StringBuilder all = new StringBuilder();
        for (char c = 0x20; c < 0xFFFF; c++) {
            if (c != '"' && c != '\\' && !Character.isSurrogate(c)) {
                all.append(c);
            }
        }
        all.append("𝄞😀");
        String json = JSON.writeValueAsString(new String[] {all.toString()});

        String escaped = KeptResponseInLatin1.escapeBeyondLatin1(json);

        assertThat(escaped.chars()).allMatch(c -> c <= 0xFF);
        assertThat(JSON.readValue(escaped, String[].class)).containsExactly(all.toString());
    }

    /** What Vaadin does after each request: its request interceptors see the request's end. */
    private static void endRequest(String type, String uiId) {
        MockHttpServletRequest http = new MockHttpServletRequest("POST", "/");
        // Set by VaadinService.requestStart, whose other work would replace the mocked browser's request.
        http.setAttribute("requestStartTime", System.nanoTime());
        http.setParameter("v-r", type);
        if (uiId != null) {
            http.setParameter("v-uiId", uiId);
        }
        VaadinServletService service = (VaadinServletService) VaadinService.getCurrent();
        // The end of a request clears the thread's Vaadin instances; the mocked browser's are put back.
        Map<Class<?>, CurrentInstance> mockedBrowser = CurrentInstance.getInstances();
        try {
            service.requestEnd(new VaadinServletRequest(http, service), null, VaadinSession.getCurrent());
        } finally {
            CurrentInstance.restoreInstances(mockedBrowser);
        }
    }
}
