package org.paralelo.load;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.bodyString;
import static io.gatling.javaapi.core.CoreDsl.doIf;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.CheckBuilder;
import io.gatling.javaapi.core.Session;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.function.Function;

/**
 * Vaadin Flow's client protocol as one virtual user speaks it, so scenarios read like what a person does. What the
 * server requires, per virtual user (Gatling keeps one cookie jar each, so {@code JSESSIONID} follows its change at
 * sign-in by itself):
 * <ul>
 *   <li>the sign-in form's CSRF token, from the page ({@link #signIn});</li>
 *   <li>{@code v-uiId} and {@code Vaadin-Security-Key} from {@code ?v-r=init}, new for every page ({@link #open});</li>
 *   <li>in each UIDL request the last {@code syncId} the server sent and a {@code clientId} one higher than the
 *       last ({@link #rpc});</li>
 *   <li>node ids, parsed from the responses, for clicks and field changes ({@link #nodeWithId}, {@link #nodesOfTag});</li>
 *   <li>a heartbeat a minute, as an open tab sends, and an {@code UNLOAD} when the page closes.</li>
 * </ul>
 * Vaadin answers every error with HTTP 200: a body with {@code appError} or {@code syncId: -1} (a
 * resynchronisation) fails the request, so it counts as an error.
 */
final class Vaadin {

    static final String UIDL = "/?v-r=uidl&v-uiId=#{uiId}";
    private static final long HEARTBEAT_MILLIS = 55_000;
    private static final Pattern NUMBER = Pattern.compile("\\d+");
    /** Unexpected bodies printed (the first few say what went wrong; thousands would drown the log). */
    private static final int MAX_LOGGED_BODIES = 40;
    private static final AtomicInteger LOGGED_BODIES = new AtomicInteger();
    private static final String CLICK_DATA = """
            {"event.shiftKey":false,"event.metaKey":false,"event.detail":1,"event.ctrlKey":false,\
            "event.clientX":10,"event.clientY":10,"event.altKey":false,"event.button":0,"event.screenY":10,\
            "event.screenX":10}""";

    private Vaadin() {
    }

    /**
     * The sign-in page (plain HTML) and the form post; the session id changes, Gatling's cookie jar follows. A user
     * whose sign-in fails stops there, with that one error.
     */
    static ChainBuilder signIn() {
        return exec(http("sign-in page").get("/login")
                .check(regex("name=\"_csrf\" content=\"([^\"]+)\"").saveAs("csrf")))
                .exec(http("sign-in").post("/login").disableFollowRedirect()
                        .formParam("username", "#{username}").formParam("password", "#{password}")
                        .formParam("_csrf", "#{csrf}")
                        .check(status().is(302), header("Location").transform(l -> l.contains("error")).is(false)))
                // A person whose sign-in failed (or who gave up waiting) does not go on reading: carrying on with
                // the old session counted every later step as an error of its own (issue 16: 63 sign-ins that
                // timed out became 2,761 errors, pages redirected to /login and {"meta":{"sessionExpired":true}}).
                .exitHereIfFailed();
    }

    /**
     * A page load: the HTML, then {@code ?v-r=init} (a new UI: its id and security key), then the
     * {@code ui-navigate} event that builds the route's view. Closes the previous page first, as a browser does.
     */
    static ChainBuilder open(String name, Function<Session, String> location, CheckBuilder... viewChecks) {
        return exec(unload())
                .exec(http(name + " (page)").get(s -> "/" + location.apply(s)).check(status().is(200)))
                .exec(http(name + " (init)").get(s -> "/?v-r=init&location="
                                + URLEncoder.encode(location.apply(s), StandardCharsets.UTF_8))
                        .check(status().is(200), substring("appError").notExists(),
                                regex("\"Vaadin-Security-Key\"\\s*:\\s*\"([^\"]+)\"").saveAs("securityKey"),
                                regex("\"v-uiId\"\\s*:\\s*(\\d+)").saveAs("uiId")))
                .exec(s -> s.set("syncId", 0).set("clientId", 0).set("lastHeartbeat", System.currentTimeMillis())
                        .set("open", true))
                .exec(navigate(name, location, viewChecks));
    }

    /** Navigation inside the open page (a link or {@code UI.navigate}): the {@code ui-navigate} event. */
    static ChainBuilder navigate(String name, Function<Session, String> location, CheckBuilder... checks) {
        return rpc(name, s -> {
            String[] routeAndQuery = location.apply(s).split("\\?", 2);
            return """
                    {"type":"event","node":1,"event":"ui-navigate","data":{"route":%s,"query":%s,"appShellTitle":"",\
                    "historyState":{"idx":0},"trigger":""}}""".formatted(json(routeAndQuery[0]),
                    json(routeAndQuery.length > 1 ? routeAndQuery[1] : ""));
        }, checks);
    }

    /** A click on the element whose node id the session holds under {@code nodeKey}. */
    static ChainBuilder click(String name, String nodeKey, CheckBuilder... checks) {
        return rpc(name, s -> "{\"type\":\"event\",\"node\":" + s.getInt(nodeKey) + ",\"event\":\"click\",\"data\":"
                + CLICK_DATA + "}", checks);
    }

    /** A DOM event without data on a node, e.g. {@code confirm} on a confirm dialog. */
    static ChainBuilder event(String name, String nodeKey, String event, CheckBuilder... checks) {
        return rpc(name, s -> "{\"type\":\"event\",\"node\":" + s.getInt(nodeKey) + ",\"event\":\"" + event
                + "\",\"data\":{}}", checks);
    }

    /** A field's new value as the client synchronises it (a text field in lazy mode, after typing pauses). */
    static ChainBuilder setValue(String name, Function<Session, Integer> node, Function<Session, String> value,
                                 CheckBuilder... checks) {
        return rpc(name, s -> "{\"type\":\"mSync\",\"node\":" + node.apply(s) + ",\"feature\":1,\"property\":\"value\","
                + "\"value\":" + json(value.apply(s)) + "}", checks);
    }

    /**
     * One UIDL round trip: echoes the last {@code syncId}, sends {@code clientId} + 1, fails on {@code appError} or
     * {@code syncId: -1}, keeps the response for node look-ups.
     */
    static ChainBuilder rpc(String name, Function<Session, String> invocation, CheckBuilder... checks) {
        List<CheckBuilder> all = new ArrayList<>(List.of(bodyString().saveAs("response"), status().is(200),
                substring("appError").notExists(), jsonPath("$.syncId").ofInt().not(-1),
                jsonPath("$.syncId").ofInt().saveAs("syncId")));
        all.addAll(List.of(checks));
        return exec(http(name).post(UIDL).header("Content-Type", "application/json; charset=UTF-8")
                .body(StringBody(s -> """
                        {"csrfToken":"%s","rpc":[%s],"syncId":%d,"clientId":%d}""".formatted(
                        s.getString("securityKey"), invocation.apply(s), s.getInt("syncId"), s.getInt("clientId"))))
                .check(all))
                .exec(s -> {
                    String body = s.contains("response") ? s.getString("response") : "";
                    boolean unexpected = body.contains("appError") || body.contains("\"syncId\":-1")
                            || !body.contains("\"syncId\"");
                    if (unexpected && LOGGED_BODIES.incrementAndGet() <= MAX_LOGGED_BODIES) {
                        System.err.println("[load] " + name + " (" + s.getString("username") + ", ui "
                                + s.getString("uiId") + "): " + body.substring(0, Math.min(400, body.length())));
                    }
                    return s.set("clientId", s.getInt("clientId") + 1).remove("response");
                });
    }

    /** Saves the node id of the element with this DOM id (attribute {@code id}) in the response under {@code key}. */
    static CheckBuilder nodeWithId(String id, String key) {
        return jsonPath("$.changes[?(@.key == 'id' && @.value == '" + id + "')].node").ofInt().saveAs(key);
    }

    /** Saves the node id of the first element of this tag the response creates under {@code key}. */
    static CheckBuilder nodeOfTag(String tag, String key) {
        return jsonPath("$.changes[?(@.key == 'tag' && @.value == '" + tag + "')].node").ofInt().saveAs(key);
    }

    /**
     * Saves the node ids of every element of this tag the response creates, in the order the response lists them —
     * which is not the page's order (a quiz's ten fields came last to first): use {@link #nodesOfTagInLabelOrder}
     * when the order matters.
     */
    static CheckBuilder nodesOfTag(String tag, String key) {
        return jsonPath("$.changes[?(@.key == 'tag' && @.value == '" + tag + "')].node").ofInt().findAll()
                .saveAs(key);
    }

    /**
     * Saves the node ids of every element of this tag the response creates under {@code key}, ordered by the first
     * number in each one's accessible name ("Pregunta 3 de 10" is the third), so the n-th id is the field a person
     * sees n-th and not whatever order the server listed its changes in. Use with {@link #accessibleNames} in the
     * same request; fails the request if an element has no numbered name.
     */
    static ChainBuilder orderByLabel(String key) {
        return exec(s -> {
            Map<Integer, Integer> numberByNode = new HashMap<>();
            for (Map<String, Object> change : s.<Map<String, Object>>getList(key + "Names")) {
                Matcher number = NUMBER
                        .matcher(String.valueOf(change.get("value")));
                if (number.find()) {
                    numberByNode.put(((Number) change.get("node")).intValue(), Integer.parseInt(number.group()));
                }
            }
            List<Integer> nodes = new ArrayList<>(s.<Integer>getList(key));
            if (!numberByNode.keySet().containsAll(nodes)) {
                return s.markAsFailed().remove(key);
            }
            nodes.sort(Comparator.comparing(numberByNode::get));
            return s.set(key, nodes).remove(key + "Names");
        });
    }

    /** Saves every accessible name the response sets (node id and text), for {@link #orderByLabel}. */
    static CheckBuilder accessibleNames(String key) {
        return jsonPath("$.changes[?(@.key == 'accessibleName')]").ofMap().findAll().saveAs(key + "Names");
    }

    /** Waits like a reader (5-10 s), then sends the heartbeat an open tab sends every minute when one is due. */
    static ChainBuilder think() {
        return exec(io.gatling.javaapi.core.CoreDsl.pause(Duration.ofSeconds(5), Duration.ofSeconds(10)))
                .exec(doIf(s -> s.contains("open") && s.getBoolean("open")
                        && System.currentTimeMillis() - s.getLong("lastHeartbeat") > HEARTBEAT_MILLIS)
                        .then(exec(http("heartbeat").post("/?v-r=heartbeat&v-uiId=#{uiId}").check(status().is(200)))
                                .exec(s -> s.set("lastHeartbeat", System.currentTimeMillis()))));
    }

    /** The beacon a closing page sends, so the server drops its UI at once; nothing when no page is open. */
    static ChainBuilder unload() {
        return doIf(s -> s.contains("open") && s.getBoolean("open")).then(
                exec(http("unload").post(UIDL).header("Content-Type", "text/plain;charset=UTF-8")
                        .body(StringBody(s -> """
                                {"csrfToken":"%s","rpc":[],"syncId":%d,"clientId":%d,"UNLOAD":true}""".formatted(
                                s.getString("securityKey"), s.getInt("syncId"), s.getInt("clientId"))))
                        .check(status().is(200), bodyString().transform(b -> b.contains("appError")).is(false)))
                        .exec(s -> s.set("open", false)));
    }

    /** A JSON string literal: a raw line break in it would be a parse error, which Vaadin answers with a resync. */
    private static String json(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                default -> out.append(c < 0x20 ? "\\u%04x".formatted((int) c) : String.valueOf(c));
            }
        }
        return out.append('"').toString();
    }
}
