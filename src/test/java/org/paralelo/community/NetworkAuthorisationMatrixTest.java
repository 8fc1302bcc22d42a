package org.paralelo.community;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
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
 * Network profile, conversation and message × action × role. A hidden profile is read by its owner only; a
 * conversation and its messages by its two participants only — not by other members, trainers or admins.
 */
@ParaleloSpringTest
@Tag("persistence")
class NetworkAuthorisationMatrixTest {

    @Autowired AccountService accounts;
    @Autowired NetworkProfileService profiles;
    @Autowired MessageService messages;

    enum Who { ANONYMOUS, OWNER_OR_PARTICIPANT, OTHER_MEMBER, TRAINER, ADMIN }

    record Case(String object, String action, Function<Fixture, Object> call) {
    }

    record Fixture(Member owner, Member participant, Member hidden, long conversation) {
    }

    @Test
    void every_object_action_and_role_gets_exactly_the_expected_answer() {
        Members members = new Members(accounts, profiles);
        Member owner = members.published("matriz-a", "OAX", "ARTISAN", "CRAFTS", null);
        Member participant = members.published("matriz-b", "OAX", "ARTISAN", "CRAFTS", null);
        Member hidden = members.hidden("matriz-oculta", "OAX", "ARTISAN", "CRAFTS");
        long conversation = MessageServiceTest.as(owner, () -> messages.write(participant.id(), "Privado"));
        Fixture fixture = new Fixture(owner, participant, hidden, conversation);
        Map<Who, Member> people = new LinkedHashMap<>();
        people.put(Who.OWNER_OR_PARTICIPANT, participant);
        people.put(Who.OTHER_MEMBER, members.published("matriz-c", "OAX", "ARTISAN", "CRAFTS", null));
        people.put(Who.TRAINER, members.trainer("matriz-t"));
        Member admin = members.trainer("matriz-admin");

        List<Case> cases = List.of(
                new Case("published profile", "read", f -> profiles.member(f.owner().id()).orElseThrow()),
                new Case("hidden profile", "read", f -> profiles.member(f.hidden().id()).orElseThrow()),
                new Case("conversation", "read", f -> messages.conversation(f.conversation())),
                new Case("message", "list", f -> messages.messages(f.conversation(), Long.MAX_VALUE, 10)),
                new Case("message", "send", f -> messages.send(f.conversation(), "Hola")),
                new Case("conversation", "mark read", f -> {
                    messages.markRead(f.conversation());
                    return true;
                }));
        // Expected: allowed for these roles; every other role is refused.
        Map<String, List<Who>> allowed = Map.of(
                "published profile/read", List.of(Who.OWNER_OR_PARTICIPANT, Who.OTHER_MEMBER, Who.TRAINER, Who.ADMIN),
                "hidden profile/read", List.of(),
                "conversation/read", List.of(Who.OWNER_OR_PARTICIPANT),
                "message/list", List.of(Who.OWNER_OR_PARTICIPANT),
                "message/send", List.of(Who.OWNER_OR_PARTICIPANT),
                "conversation/mark read", List.of(Who.OWNER_OR_PARTICIPANT));

        List<String> wrong = new ArrayList<>();
        for (Case c : cases) {
            for (Who who : Who.values()) {
                boolean expected = allowed.get(c.object() + "/" + c.action()).contains(who);
                Member member = who == Who.ADMIN ? admin : people.get(who);
                boolean actual = allowed(who, member, () -> c.call().apply(fixture));
                if (expected != actual) {
                    wrong.add(c.object() + " × " + c.action() + " × " + who + ": expected "
                            + (expected ? "allowed" : "refused"));
                }
            }
        }
        assertThat(wrong).isEmpty();
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
