package org.paralelo.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.HandlerHelper;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinRequestInterceptor;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.shared.ApplicationConstants;
import java.util.HexFormat;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Halves what each open page keeps of its last response. Vaadin keeps a UI's last UIDL response as a string until
 * the next request, to send it again if the browser resends a request whose answer it never got (a dropped
 * connection). The JVM stores a string in one byte a character only while every character is Latin-1; one "…",
 * "←" or typographic quote anywhere in it (a course's text, "Guardando…") doubles the whole string. The quiz player's
 * opening response is tens of thousands of characters and stays until the learner's first answer (issue #16). After
 * each UIDL request this rewrites the kept response with every character beyond Latin-1 as a JSON escape
 * ({@code \u2026}): the same JSON to the browser, half the memory.
 */
@Component
class KeptResponseInLatin1 implements VaadinServiceInitListener, VaadinRequestInterceptor {

    private static final Pattern UI_ID = Pattern.compile("[0-9]{1,9}");
    private static final HexFormat HEX = HexFormat.of();

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addVaadinRequestInterceptor(this);
    }

    @Override
    public void requestStart(VaadinRequest request, VaadinResponse response) {
        // Nothing before the request.
    }

    @Override
    public void handleException(VaadinRequest request, VaadinResponse response, VaadinSession session,
                                Exception exception) {
        // Vaadin handles it; the kept response is rewritten in requestEnd all the same.
    }

    @Override
    public void requestEnd(VaadinRequest request, VaadinResponse response, @Nullable VaadinSession session) {
        if (session == null || !HandlerHelper.isRequestType(request, HandlerHelper.RequestType.UIDL)) {
            return;
        }
        String uiId = request.getParameter(ApplicationConstants.UI_ID_PARAMETER);
        if (uiId == null || !UI_ID.matcher(uiId).matches()) {
            return;
        }
        session.lock();
        try {
            UI ui = session.getUIById(Integer.parseInt(uiId));
            String kept = ui == null ? null : ui.getInternals().getLastRequestResponse();
            if (kept != null) {
                String latin1 = escapeBeyondLatin1(kept);
                if (latin1 != kept) {
                    ui.getInternals().setLastRequestResponse(latin1);
                }
            }
        } finally {
            session.unlock();
        }
    }

    /**
     * {@code json} with every character above U+00FF written as a JSON {@code \}{@code uXXXX} escape; the same string
     * when there is none. Only valid for JSON text in which such characters can only stand inside string literals,
     * which is all JSON text: outside strings JSON allows only ASCII.
     */
    static String escapeBeyondLatin1(String json) {
        int first = firstBeyondLatin1(json);
        if (first < 0) {
            return json;
        }
        StringBuilder out = new StringBuilder(json.length() + 64);
        out.append(json, 0, first);
        for (int i = first; i < json.length(); i++) {
            char c = json.charAt(i);
            if (c > 0xFF) {
                out.append("\\u").append(HEX.toHexDigits(c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static int firstBeyondLatin1(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) > 0xFF) {
                return i;
            }
        }
        return -1;
    }
}
