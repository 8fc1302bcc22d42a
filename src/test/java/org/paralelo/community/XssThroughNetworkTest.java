package org.paralelo.community;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.paralelo.community.Members.Member;
import org.paralelo.people.AccountService;
import org.paralelo.support.As;
import org.paralelo.support.HtmlSafety;
import org.paralelo.support.KaribuTest;
import org.paralelo.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every payload of the corpus goes into every network profile text and into a private message; the member page
 * and the conversation show each one back as exactly the text written, and no page holds any HTML component.
 */
class XssThroughNetworkTest extends KaribuTest {

    @Autowired AccountService accounts;
    @Autowired NetworkProfileService profiles;
    @Autowired MessageService messages;
    @Autowired TestClock clock;

    @Test
    void no_payload_in_a_profile_or_message_comes_back_as_anything_but_its_own_text() {
        Members members = new Members(accounts, profiles);
        Member author = members.trainer("xss-red");
        Member reader = members.published("xss-lector", "OAX", "ARTISAN", "CRAFTS", null);
        List<String> corpus = HtmlSafety.payloads();
        int checked = 0;
        for (String payload : corpus) {
            String organisation = payload.length() > 200 ? payload.substring(0, 200) : payload;
            String text = payload.length() > 1000 ? payload.substring(0, 1000) : payload;
            As.user(author.username(), author.roles(), () -> {
                NetworkProfile mine = profiles.mine();
                profiles.saveMine(new NetworkProfileDraft(true, organisation, null, text, text, text), mine.version());
            });
            long conversation = MessageServiceTest.as(author, () -> messages.write(reader.id(), payload));
            signIn(reader.username(), reader.roles());
            UI.getCurrent().navigate(NetworkPaths.member(author.id()));
            assertThat(_find(Html.class)).as("no raw HTML on the member page").isEmpty();
            assertThat(_get(Div.class, spec -> spec.withId("member-bio")).getText()).isEqualTo(text.strip());
            UI.getCurrent().navigate(NetworkPaths.conversation(conversation));
            assertThat(_find(Html.class)).as("no raw HTML in the conversation").isEmpty();
            List<Div> bodies = _find(Div.class, spec -> spec.withClasses("user-text"));
            assertThat(bodies.getLast().getText()).isEqualTo(payload.strip());
            checked++;
            if (checked % (MessageLimits.PER_BURST - 1) == 0) {
                // Stay under the sending limit: this test is about rendering, not about limits.
                clock.advance(MessageLimits.BURST.plusMinutes(1));
            }
        }
        assertThat(checked).isGreaterThanOrEqualTo(100);
        assertThat(_get(H1.class).getText()).startsWith("Conversación con");
    }
}
