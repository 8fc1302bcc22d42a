package org.paralelo.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.server.VaadinSession;
import org.junit.jupiter.api.Test;
import org.paralelo.courses.CourseId;
import org.paralelo.learning.EnrolmentFactsService;
import org.paralelo.support.KaribuTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/**
 * A module listener runs right after the commit of the click that published its event, inside the person's Vaadin
 * request, where Vaadin reads the security context from the person's session first. System work started there must
 * still run as the system (the load test found a trainer's publication refused when telling the learners).
 */
class SystemTasksInVaadinRequestTest extends KaribuTest {

    @Autowired SystemTasks system;
    @Autowired EnrolmentFactsService enrolments;

    @Test
    void system_work_inside_a_signed_in_trainers_vaadin_request_runs_as_the_system_and_the_trainer_is_back_after() {
        signIn("profesora", "TRAINER");
        SecurityContext trainers = SecurityContextHolder.getContext();
        VaadinSession.getCurrent().getSession()
                .setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, trainers);
        CourseId nowhere = new CourseId(987_654_321L);
        assertThatThrownBy(() -> enrolments.learnersOf(nowhere)).isInstanceOf(AuthorizationDeniedException.class);

        assertThat(system.call(() -> enrolments.learnersOf(nowhere))).isEmpty();

        assertThat(VaadinSession.getCurrent()).isNotNull();
        assertThatThrownBy(() -> enrolments.learnersOf(nowhere)).isInstanceOf(AuthorizationDeniedException.class);
    }
}
