package org.paralelo.learning.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.internal.StateNode;
import com.vaadin.flow.internal.nodefeature.ElementData;
import com.vaadin.flow.internal.nodefeature.TextNodeMap;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.paralelo.assessment.AttemptService;
import org.paralelo.assessment.LoadCourse;
import org.paralelo.courses.LearnerPaths;
import org.paralelo.learning.EnrolmentService;
import org.paralelo.people.AccountService;
import org.paralelo.people.Role;
import org.paralelo.support.As;
import org.paralelo.support.KaribuTest;
import org.paralelo.support.People;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What the server keeps for a signed-in learner's page (issue #16): every Vaadin state node of the UI, grouped by the
 * component or tag that owns it and by the area of the page it sits in, printed, and held under a budget so a change
 * that builds more for a reader fails here. The course is {@link LoadCourse}'s, the one {@code LearnerHeapBenchmark}
 * measures: a first lesson of twelve headed paragraphs, a second lesson, and a quiz of ten numeric questions.
 */
class StateNodesViewTest extends KaribuTest {

    /**
     * Nodes on the lesson page, 89 after the cuts of issue #16 (before them: 107; the outline was five nodes per item,
     * now one HTML node): 66 of them are the frame (side menu and header), the same on every page. The margin of
     * four is one more menu entry (an item, its icon and its text) and a node to spare; an outline built per item
     * again, or any per-paragraph building, goes over it.
     */
    static final int LESSON_BUDGET = 93;
    /**
     * Nodes on the quiz page with an attempt under way (ten questions), 128 after the cuts (before them: 138; each
     * question's legend was a component and a text node, now one HTML node): five per question (fieldset, legend,
     * text, field, save status) and the frame. The same margin as the lesson page: one more node per question fails.
     */
    static final int QUIZ_BUDGET = 132;

    @Autowired AccountService accounts;
    @Autowired EnrolmentService enrolment;
    @Autowired AttemptService attempts;

    LoadCourse course;
    String learner;

    @BeforeEach
    void aCourseAndAnEnrolledLearner() {
        String trainer = People.uniqueUsername("nodos-imparte");
        People.create(accounts, trainer, Role.TRAINER);
        course = LoadCourse.publish(context, trainer, "Nodos", 2, 10);
        learner = People.uniqueUsername("nodos-aprende");
        People.create(accounts, learner, Role.LEARNER);
        As.user(learner, LoadCourse.LEARNER, () -> enrolment.enrolMe(course.id()));
        signIn(learner, "LEARNER");
    }

    @Test
    void a_reading_learners_lesson_page_keeps_its_state_nodes_within_budget() {
        UI.getCurrent().navigate(LearnerPaths.lesson(course.id(), course.lessons().getFirst()));

        Breakdown nodes = Breakdown.of(UI.getCurrent());
        nodes.print("lesson page");

        assertThat(nodes.total()).as("state nodes on the lesson page").isLessThanOrEqualTo(LESSON_BUDGET);
    }

    @Test
    void the_quiz_page_with_an_attempt_under_way_keeps_its_state_nodes_within_budget() {
        As.user(learner, LoadCourse.LEARNER, () -> attempts.start(course.id(), course.quiz()));
        UI.getCurrent().navigate(LearnerPaths.quiz(course.id(), course.quiz()),
                QueryParameters.of("intento", "1"));
        assertThat(com.github.mvysny.kaributesting.v10.LocatorJ._find(com.vaadin.flow.component.textfield
                .TextField.class, spec -> spec.withClasses("answer-input"))).as("the attempt's answer fields")
                .hasSize(10);

        Breakdown nodes = Breakdown.of(UI.getCurrent());
        nodes.print("quiz page, attempt under way");

        assertThat(nodes.total()).as("state nodes on the quiz page").isLessThanOrEqualTo(QUIZ_BUDGET);
    }

    /** The UI's state nodes counted by owner (component class, or tag inside it) and by area of the page. */
    record Breakdown(int total, Map<String, Integer> byOwner, Map<String, Integer> byArea) {

        static Breakdown of(UI ui) {
            Map<String, Integer> byOwner = new TreeMap<>();
            Map<String, Integer> byArea = new TreeMap<>();
            int[] total = {0};
            Component view = ui.getInternals().getActiveRouterTargetsChain().getFirst() instanceof Component c
                    ? c : ui;
            ui.getInternals().getStateTree().getRootNode().visitNodeTree(node -> {
                total[0]++;
                byOwner.merge(owner(node), 1, Integer::sum);
                byArea.merge(area(node, ui, view), 1, Integer::sum);
            });
            return new Breakdown(total[0], byOwner, byArea);
        }

        void print(String page) {
            System.out.printf("[nodes] %s: %d state nodes%n", page, total);
            System.out.println("[nodes]   by owner (component, or tag within its component):");
            sorted(byOwner).forEach(e -> System.out.printf("[nodes]     %4d  %s%n", e.getValue(), e.getKey()));
            System.out.println("[nodes]   by area of the page:");
            sorted(byArea).forEach(e -> System.out.printf("[nodes]     %4d  %s%n", e.getValue(), e.getKey()));
        }

        private static List<Map.Entry<String, Integer>> sorted(Map<String, Integer> counts) {
            return counts.entrySet().stream()
                    .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()
                            .thenComparing(Map.Entry.comparingByKey())).toList();
        }

        /** The component whose root element the node is; else "tag in Component" (text nodes: "#text in …"). */
        private static String owner(StateNode node) {
            Optional<Element> element = element(node);
            if (element.isEmpty()) {
                return "(no element) in " + element(node.getParent()).map(StateNodesViewTest::describe)
                        .orElse("?");
            }
            Optional<Component> own = element.get().getComponent();
            if (own.isPresent()) {
                return own.get().getClass().getSimpleName();
            }
            String tag = node.hasFeature(TextNodeMap.class) ? "#text" : "<" + element.get().getTag() + ">";
            return tag + " in " + nearestComponent(element.get()).map(c -> c.getClass().getSimpleName())
                    .orElse("?");
        }

        /** Frame (layout) or view, and the direct child of either that holds the node. */
        private static String area(StateNode node, UI ui, Component view) {
            StateNode at = node;
            while (at != null && element(at).isEmpty()) {
                at = at.getParent();
            }
            if (at == null) {
                return "?";
            }
            Element element = element(at).orElseThrow();
            Element child = null;
            for (Element e = element; e != null; e = parentOf(e)) {
                Optional<Component> component = e.getComponent();
                if (component.isPresent() && component.get() == view) {
                    return "view " + view.getClass().getSimpleName() + (child == null ? "" : " › " + describe(child));
                }
                if (component.isPresent() && component.get() == ui) {
                    return child == null ? "UI" : "UI › " + describe(child);
                }
                if (component.isPresent() && component.get() instanceof com.vaadin.flow.router.RouterLayout
                        && !(component.get() instanceof UI)) {
                    return "frame " + component.get().getClass().getSimpleName()
                            + (child == null ? "" : " › " + describe(child));
                }
                child = e;
            }
            return "detached";
        }
    }

    private static Optional<Element> element(StateNode node) {
        return node != null && node.hasFeature(ElementData.class) || node != null && node.hasFeature(
                TextNodeMap.class) ? Optional.of(Element.get(node)) : Optional.empty();
    }

    /** The parent element, through a shadow root or a virtual child's host too. */
    private static Element parentOf(Element element) {
        if (element.getParent() != null) {
            return element.getParent();
        }
        StateNode parent = element.getNode().getParent();
        while (parent != null && element(parent).isEmpty()) {
            parent = parent.getParent();
        }
        return parent == null ? null : Element.get(parent);
    }

    private static Optional<Component> nearestComponent(Element element) {
        for (Element e = parentOf(element); e != null; e = parentOf(e)) {
            if (e.getComponent().isPresent()) {
                return e.getComponent();
            }
        }
        return Optional.empty();
    }

    private static String describe(Element element) {
        String name = element.getComponent().map(c -> c.getClass().getSimpleName())
                .orElse(element.isTextNode() ? "#text" : "<" + element.getTag() + ">");
        String id = element.isTextNode() ? null : element.getAttribute("id");
        String classes = element.isTextNode() ? null : element.getAttribute("class");
        return name + (id != null ? "#" + id : classes != null ? "." + classes.split(" ")[0] : "");
    }
}
