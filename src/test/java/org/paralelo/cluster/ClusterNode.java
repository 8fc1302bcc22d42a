package org.paralelo.cluster;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import javax.imageio.ImageIO;
import org.paralelo.ParaleloApplication;
import org.paralelo.assessment.LoadCourse;
import org.paralelo.courses.CourseAuthoringService;
import org.paralelo.courses.CourseId;
import org.paralelo.courses.PublishingService;
import org.paralelo.learning.EnrolmentService;
import org.paralelo.media.MediaPurpose;
import org.paralelo.media.MediaService;
import org.paralelo.people.AccountService;
import org.paralelo.people.Role;
import org.paralelo.support.As;
import org.paralelo.support.Courses;
import org.paralelo.support.People;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * One app node of {@link ClusterTest}, a JVM of its own: the whole application (arguments as on a real node) plus a
 * loopback control port ({@code -Dcluster.control-port}) through which the test sets up data via the real services
 * on this node: accounts, a published course, a quiz with its learner enrolled, an uploaded image. Test code only;
 * it never ships in the jar.
 */
public final class ClusterNode {

    private ClusterNode() {
    }

    public static void main(String[] args) throws IOException {
        ConfigurableApplicationContext app = new SpringApplicationBuilder(ParaleloApplication.class)
                .profiles("test").run(args);
        HttpServer control = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(),
                Integer.getInteger("cluster.control-port")), 0);
        control.createContext("/person", exchange -> answer(exchange, params -> {
            People.create(app.getBean(AccountService.class), params.get("username"),
                    Role.valueOf(params.get("role")));
            return "ok";
        }));
        control.createContext("/publish", exchange -> answer(exchange, params -> {
            String trainer = params.get("trainer");
            CourseId course = Courses.withOneLesson(app.getBean(CourseAuthoringService.class), trainer,
                    params.get("title"));
            As.user(trainer, Courses.TRAINER, () -> app.getBean(PublishingService.class).publish(course));
            return Long.toString(course.value());
        }));
        control.createContext("/quiz", exchange -> answer(exchange, params -> {
            LoadCourse course = LoadCourse.publish(app, params.get("trainer"), "Cuestionario en dos nodos", 1,
                    Integer.parseInt(params.get("questions")));
            As.user(params.get("learner"), LoadCourse.LEARNER,
                    () -> app.getBean(EnrolmentService.class).enrolMe(course.id()));
            return "cursos/" + course.id().value() + "/cuestionarios/" + course.quiz();
        }));
        control.createContext("/upload", exchange -> answer(exchange, params -> As.user(params.get("trainer"),
                Courses.TRAINER, () -> app.getBean(MediaService.class).store(new ByteArrayInputStream(png()),
                        "cluster.png", MediaPurpose.IMAGE).id().value() + "")));
        control.start();
    }

    /** A small real PNG (the media module checks types from the bytes). */
    static byte[] png() {
        BufferedImage image = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
        image.setRGB(3, 3, 0x7a2e5c);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }

    private interface Action {
        String run(Map<String, String> params) throws Exception;
    }

    private static void answer(HttpExchange exchange, Action action) throws IOException {
        Map<String, String> params = new HashMap<>();
        String query = exchange.getRequestURI().getRawQuery();
        if (query != null) {
            for (String pair : query.split("&")) {
                String[] kv = pair.split("=", 2);
                params.put(kv[0], URLDecoder.decode(kv.length > 1 ? kv[1] : "", StandardCharsets.UTF_8));
            }
        }
        int status = 200;
        String body;
        try {
            body = action.run(params);
        } catch (Exception | AssertionError e) {
            status = 500;
            body = e.toString();
        }
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }
}
