package org.paralelo.cluster;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One open page of the real application, spoken to as Vaadin's client does (the same protocol as the load test's
 * {@code Vaadin} chains, in plain {@link HttpClient} calls): the page, {@code ?v-r=init} for the UI id and security
 * key, then UIDL round trips that echo the last {@code syncId} and count {@code clientId} up. Vaadin answers every
 * error with HTTP 200, so a body with {@code appError} or {@code syncId: -1} fails here.
 */
final class VaadinPage {

    private static final Pattern KEY = Pattern.compile("\"Vaadin-Security-Key\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern UI_ID = Pattern.compile("\"v-uiId\"\\s*:\\s*(\\d+)");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String CLICK = """
            {"event.shiftKey":false,"event.metaKey":false,"event.detail":1,"event.ctrlKey":false,\
            "event.clientX":10,"event.clientY":10,"event.altKey":false,"event.button":0,"event.screenY":10,\
            "event.screenX":10}""";

    private final HttpClient http;
    private final URI base;
    private final String session;
    private final String securityKey;
    private final String uiId;
    private int syncId;
    private int clientId;
    /** The last UIDL response, raw, for look-ups the parsed form does not answer. */
    private String last = "";
    private JsonNode changes = JSON.createArrayNode();

    private VaadinPage(HttpClient http, URI base, String session, String securityKey, String uiId) {
        this.http = http;
        this.base = base;
        this.session = session;
        this.securityKey = securityKey;
        this.uiId = uiId;
    }

    /** Loads the page at {@code location} (no leading slash) and builds its view, as a browser's first visit does. */
    static VaadinPage open(HttpClient http, URI base, String session, String location) throws Exception {
        HttpResponse<String> page = get(http, base.resolve("/" + location), session);
        check(page.statusCode() == 200, "page " + location + ": " + page.statusCode());
        HttpResponse<String> init = get(http, base.resolve("/?v-r=init&location="
                + URLEncoder.encode(location, StandardCharsets.UTF_8)), session);
        Matcher key = KEY.matcher(init.body());
        Matcher ui = UI_ID.matcher(init.body());
        check(init.statusCode() == 200 && !init.body().contains("appError") && key.find() && ui.find(),
                "init " + location + ": " + init.statusCode());
        VaadinPage opened = new VaadinPage(http, base, session, key.group(1), ui.group(1));
        String[] routeAndQuery = location.split("\\?", 2);
        opened.rpc("""
                {"type":"event","node":1,"event":"ui-navigate","data":{"route":%s,"query":%s,"appShellTitle":"",\
                "historyState":{"idx":0},"trigger":""}}""".formatted(JSON.writeValueAsString(routeAndQuery[0]),
                JSON.writeValueAsString(routeAndQuery.length > 1 ? routeAndQuery[1] : "")));
        return opened;
    }

    void click(int node) throws Exception {
        rpc("{\"type\":\"event\",\"node\":" + node + ",\"event\":\"click\",\"data\":" + CLICK + "}");
    }

    /** A field's new value as the client synchronises it when typing pauses. */
    void setValue(int node, String value) throws Exception {
        rpc("{\"type\":\"mSync\",\"node\":" + node + ",\"feature\":1,\"property\":\"value\",\"value\":"
                + JSON.writeValueAsString(value) + "}");
    }

    /** The node id of the element with this DOM id in the last response, or -1. */
    int nodeWithId(String id) {
        List<Integer> found = nodesWhere("id", id);
        return found.isEmpty() ? -1 : found.getFirst();
    }

    /** The node ids of the elements of this tag the last response created, in order. */
    List<Integer> nodesOfTag(String tag) {
        return nodesWhere("tag", tag);
    }

    /** The last response as the server sent it. */
    String lastResponse() {
        return last;
    }

    /** The {@code value} property the last response gave this node, or null. */
    String valueOf(int node) {
        for (JsonNode change : changes) {
            if (change.path("node").asInt() == node && "value".equals(change.path("key").asString(""))) {
                return change.path("value").asString();
            }
        }
        return null;
    }

    private List<Integer> nodesWhere(String key, String value) {
        List<Integer> nodes = new ArrayList<>();
        for (JsonNode change : changes) {
            if (key.equals(change.path("key").asString("")) && value.equals(change.path("value").asString(""))) {
                nodes.add(change.path("node").asInt());
            }
        }
        return nodes;
    }

    private void rpc(String invocation) throws Exception {
        String body = """
                {"csrfToken":"%s","rpc":[%s],"syncId":%d,"clientId":%d}""".formatted(securityKey, invocation,
                syncId, clientId);
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(base.resolve("/?v-r=uidl&v-uiId=" + uiId))
                .header("Content-Type", "application/json; charset=UTF-8").header("Cookie", "JSESSIONID=" + session)
                .timeout(Duration.ofSeconds(60)).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        last = response.body();
        JsonNode root = JSON.readTree(last.startsWith("for(;;);") ? last.substring(8) : last);
        if (root.isArray()) {
            root = root.path(0);
        }
        check(response.statusCode() == 200 && !last.contains("appError") && root.path("syncId").asInt(-1) != -1,
                "UIDL answered " + response.statusCode() + ": " + last.substring(0, Math.min(300, last.length())));
        syncId = root.path("syncId").asInt();
        clientId++;
        changes = root.path("changes");
    }

    private static HttpResponse<String> get(HttpClient http, URI uri, String session) throws Exception {
        return http.send(HttpRequest.newBuilder(uri).header("Cookie", "JSESSIONID=" + session)
                .header("Accept-Language", "es-MX,es;q=0.9").timeout(Duration.ofSeconds(60)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static void check(boolean ok, String what) {
        if (!ok) {
            throw new IllegalStateException("Vaadin: " + what);
        }
    }
}
