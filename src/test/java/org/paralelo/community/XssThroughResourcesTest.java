package org.paralelo.community;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import java.net.URI;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.paralelo.base.InvalidInputException;
import org.paralelo.community.Members.Member;
import org.paralelo.people.AccountService;
import org.paralelo.support.As;
import org.paralelo.support.HtmlSafety;
import org.paralelo.support.KaribuTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every payload of the corpus goes into a resource's title, summary and experience, into its link and into a
 * moderator's reason for sending it back: the page shows titles, summaries and reasons as exactly their text, the
 * experience only as inert sanitised HTML, and a link is kept only when it is a real http(s) address.
 */
class XssThroughResourcesTest extends KaribuTest {

    @Autowired AccountService accounts;
    @Autowired NetworkProfileService profiles;
    @Autowired ResourceService resources;
    @Autowired ResourceModerationService moderation;

    @Test
    void no_payload_in_a_resource_comes_back_as_anything_but_its_own_text_or_inert_html() {
        Members members = new Members(accounts, profiles);
        Member author = members.trainer("xss-recurso");
        Member moderator = members.trainer("xss-moderadora");
        int checked = 0;
        for (String payload : HtmlSafety.payloads()) {
            String title = cut(payload, ResourceRules.TITLE_MAX);
            String summary = cut(payload, ResourceRules.SUMMARY_MAX);
            ResourceId id = As.user(author.username(), author.roles(), () -> resources.contribute(new ResourceDraft(
                    ResourceKind.EXPERIENCE, title, summary, List.of(), Set.of(), null, null, null, payload)));
            String reason = cut(payload, ModerationService.REASON_MAX);
            As.user(moderator.username(), moderator.roles(), () -> moderation.reject(id, reason));
            signIn(author.username(), author.roles());
            UI.getCurrent().navigate(ResourcePaths.resource(id));
            assertThat(_get(H1.class, spec -> spec.withId("resource-title")).getText()).isEqualTo(title.strip());
            assertThat(_get(Paragraph.class, spec -> spec.withId("resource-summary")).getText())
                    .isEqualTo(summary.strip());
            assertThat(_get(Paragraph.class, spec -> spec.withId("resource-reject-reason")).getText())
                    .endsWith(reason.strip());
            List<Html> html = _find(Html.class);
            assertThat(html).hasSize(1);
            HtmlSafety.assertInert(html.getFirst().getInnerHtml(), "resource experience: " + payload);
            checkLink(author, payload);
            checked++;
        }
        assertThat(checked).isGreaterThanOrEqualTo(100);
    }

    private void checkLink(Member author, String payload) {
        ResourceDraft link = new ResourceDraft(ResourceKind.LINK, "Enlace", "Resumen", List.of(), Set.of(), null,
                payload, null, null);
        if (ResourceRules.isWebAddress(payload)) {
            String scheme = URI.create(payload.strip()).getScheme().toLowerCase();
            assertThat(scheme).isIn("http", "https");
        } else {
            assertThatThrownBy(() -> As.user(author.username(), author.roles(), () -> resources.contribute(link)))
                    .as("link %s", payload).isInstanceOf(InvalidInputException.class);
        }
    }

    private static String cut(String text, int max) {
        return text.length() > max ? text.substring(0, max) : text;
    }
}
