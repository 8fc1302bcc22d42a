package org.paralelo.browser;

import java.util.Map;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.paralelo.support.BrowserTest;

/**
 * The WebSockets a page opens — Vaadin's push connection is the only one — recorded from before the page's first
 * script runs (a DevTools script added to every new document), so a socket opened during start-up is counted too.
 */
public class PushSockets extends Page {

    private static final String RECORD = """
            window.__sockets = [];
            const Native = window.WebSocket;
            const Recorded = function (url, protocols) {
              const socket = protocols === undefined ? new Native(url) : new Native(url, protocols);
              window.__sockets.push(socket);
              return socket;
            };
            Recorded.prototype = Native.prototype;
            Object.assign(Recorded, {CONNECTING: 0, OPEN: 1, CLOSING: 2, CLOSED: 3});
            window.WebSocket = Recorded;
            """;
    private static final String OPEN = "return (window.__sockets || []).filter(s => s.readyState === 1).length;";
    private static final String CREATED = "return (window.__sockets || []).length;";

    private PushSockets(BrowserTest browser) {
        super(browser);
    }

    /** From the next page load on, in the browser now in use. */
    public static PushSockets recordIn(BrowserTest browser) {
        ((ChromeDriver) browser.driver()).executeCdpCommand("Page.addScriptToEvaluateOnNewDocument",
                Map.of("source", RECORD));
        return new PushSockets(browser);
    }

    /** Sockets of the page now shown that are open at this moment. */
    public long open() {
        return ((Number) ((JavascriptExecutor) driver()).executeScript(OPEN)).longValue();
    }

    /** Sockets the page now shown has created since it loaded, open or not. */
    public long created() {
        return ((Number) ((JavascriptExecutor) driver()).executeScript(CREATED)).longValue();
    }

    /** Waits until the page has exactly this many open sockets (opening and closing take a round trip). */
    public PushSockets awaitOpen(long expected) {
        waitUntil("waiting for " + expected + " open push socket(s)", d -> open() == expected);
        return this;
    }
}
