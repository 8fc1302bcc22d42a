package org.paralelo.community;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.paralelo.base.UserFacingException;
import org.paralelo.community.Members.Member;
import org.paralelo.people.AccountService;
import org.paralelo.support.As;
import org.paralelo.support.ParaleloSpringTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

/**
 * Shared resource (published, waiting in the queue, sent back) × action × role. Every cell starts from a resource
 * of its own (a new author's), so one cell's approval or rejection never changes another's answer.
 */
@ParaleloSpringTest
@Tag("persistence")
class ResourceAuthorisationMatrixTest {

    @Autowired AccountService accounts;
    @Autowired NetworkProfileService profiles;
    @Autowired ResourceService resources;
    @Autowired ResourceModerationService moderation;

    enum Who { ANONYMOUS, AUTHOR, OTHER_MEMBER, TRAINER, ADMIN }

    enum State { PUBLISHED, PENDING, REJECTED }

    record Case(State state, String action, Function<ResourceId, Object> call) {
    }

    static ResourceDraft draft(String title) {
        return new ResourceDraft(ResourceKind.EXPERIENCE, title, "Resumen", List.of("matriz"), Set.of(), null, null,
                null, "Texto de " + title);
    }

    @Test
    void every_resource_action_and_role_gets_exactly_the_expected_answer() {
        Members members = new Members(accounts, profiles);
        Member other = members.published("rmatriz-otra", "OAX", "ARTISAN", "CRAFTS", null);
        Member trainer = members.trainer("rmatriz-t");
        Member admin = members.trainer("rmatriz-admin");
        List<Case> cases = new ArrayList<>();
        for (State state : State.values()) {
            cases.add(new Case(state, "read", id -> resources.find(id)));
            cases.add(new Case(state, "edit", id -> {
                ResourceView seen = As.admin(() -> resources.find(id));
                resources.edit(id, draft("Editado"), seen.version());
                return true;
            }));
            cases.add(new Case(state, "report", id -> {
                resources.report(id, "Motivo");
                return true;
            }));
            cases.add(new Case(state, "approve", id -> {
                moderation.approve(id, "");
                return true;
            }));
            cases.add(new Case(state, "reject", id -> {
                moderation.reject(id, "Motivo");
                return true;
            }));
        }
        List<Who> everyone = List.of(Who.AUTHOR, Who.OTHER_MEMBER, Who.TRAINER, Who.ADMIN);
        List<Who> authorAndModerators = List.of(Who.AUTHOR, Who.TRAINER, Who.ADMIN);
        List<Who> moderators = List.of(Who.TRAINER, Who.ADMIN);
        Map<String, List<Who>> allowed = Map.ofEntries(
                Map.entry("PUBLISHED/read", everyone), Map.entry("PENDING/read", authorAndModerators),
                Map.entry("REJECTED/read", authorAndModerators),
                Map.entry("PUBLISHED/edit", authorAndModerators), Map.entry("PENDING/edit", authorAndModerators),
                Map.entry("REJECTED/edit", authorAndModerators),
                Map.entry("PUBLISHED/report", everyone), Map.entry("PENDING/report", List.of()),
                Map.entry("REJECTED/report", List.of()),
                // Approving is for waiting resources; the others are refused with a message, whoever asks.
                Map.entry("PUBLISHED/approve", List.of()), Map.entry("PENDING/approve", moderators),
                Map.entry("REJECTED/approve", List.of()),
                Map.entry("PUBLISHED/reject", moderators), Map.entry("PENDING/reject", moderators),
                Map.entry("REJECTED/reject", List.of()));

        List<String> wrong = new ArrayList<>();
        for (Case c : cases) {
            for (Who who : Who.values()) {
                Member author = members.published("rmatriz-autor", "OAX", "ARTISAN", "CRAFTS", null);
                ResourceId id = resource(author, c.state());
                Member member = switch (who) {
                    case AUTHOR -> author;
                    case OTHER_MEMBER -> other;
                    case TRAINER -> trainer;
                    case ADMIN, ANONYMOUS -> admin;
                };
                boolean expected = allowed.get(c.state() + "/" + c.action()).contains(who);
                boolean actual = allowed(who, member, () -> c.call().apply(id));
                if (expected != actual) {
                    wrong.add(c.state() + " × " + c.action() + " × " + who + ": expected "
                            + (expected ? "allowed" : "refused"));
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    /** A new author's first resource waits; an admin then publishes or sends it back as the state needs. */
    private ResourceId resource(Member author, State state) {
        ResourceId id = As.user(author.username(), author.roles(), () -> resources.contribute(draft("Recurso")));
        switch (state) {
            case PUBLISHED -> As.admin(() -> moderation.approve(id, ""));
            case REJECTED -> As.admin(() -> moderation.reject(id, "Falta información"));
            case PENDING -> { }
        }
        return id;
    }

    private static boolean allowed(Who who, Member member, Supplier<Object> work) {
        try {
            switch (who) {
                case ANONYMOUS -> As.anonymous(work);
                case ADMIN -> As.user(member.username(), new String[] {"ADMIN"}, work);
                default -> As.user(member.username(), member.roles(), work);
            }
            return true;
        } catch (UserFacingException | AccessDeniedException | AuthenticationCredentialsNotFoundException
                 | NoSuchElementException refused) {
            return false;
        }
    }
}
