package org.paralelo.community;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.paralelo.base.InvalidInputException;
import org.paralelo.base.StaleDataException;
import org.paralelo.community.Members.Member;
import org.paralelo.people.AccountService;
import org.paralelo.people.CreativeField;
import org.paralelo.people.MexicanState;
import org.paralelo.people.PersonDirectory;
import org.paralelo.people.Position;
import org.paralelo.support.As;
import org.paralelo.support.ParaleloSpringTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

/** Opt-in network profiles and the member directory: nothing of a person who has not opted in is shown. */
@ParaleloSpringTest
@Tag("persistence")
class NetworkProfileServiceTest {

    @Autowired AccountService accounts;
    @Autowired NetworkProfileService profiles;
    @Autowired PersonDirectory directory;
    Members members;

    @BeforeEach
    void fixture() {
        members = new Members(accounts, profiles);
    }

    @Test
    void mexicos_eight_creative_cities_are_seeded_with_their_unesco_fields() {
        List<CreativeCity> cities = As.admin(profiles::creativeCities);
        assertThat(cities).extracting(CreativeCity::name).containsExactly("Querétaro", "San Cristóbal de las Casas",
                "Mérida", "Ciudad de México", "Ensenada", "Puebla", "Guadalajara", "Morelia");
        assertThat(cities).extracting(CreativeCity::unescoField).containsExactly("DESIGN", "CRAFTS_AND_FOLK_ART",
                "GASTRONOMY", "DESIGN", "GASTRONOMY", "DESIGN", "MEDIA_ARTS", "MUSIC");
        assertThat(cities.get(2).state()).isEqualTo(MexicanState.YUC);
    }

    @Test
    void a_profile_is_hidden_until_its_owner_switches_it_on() {
        Member ana = members.hidden("oculta", "OAX", "CULTURAL_PROMOTER", "CRAFTS");
        Member luis = members.published("mirador", "JAL", "ARTISAN", "MUSIC", null);
        NetworkProfile own = As.user(ana.username(), ana.roles(), profiles::mine);
        assertThat(own.published()).as("off by default").isFalse();
        assertThat(own.facts().fullName()).as("name read from the account").isEqualTo("Persona " + ana.username());

        assertThat(As.user(luis.username(), luis.roles(), () -> profiles.member(ana.id()))).isEmpty();
        assertThat(As.user(luis.username(), luis.roles(), () -> profiles.members(byName(ana), 0, 50))).isEmpty();
        assertThat(As.user(luis.username(), luis.roles(), () -> directory.memberFacts(List.of(ana.id()))))
                .as("people's directory hands out nothing of her either").isEmpty();

        members.publish(ana, "MERIDA");
        NetworkProfile seen = As.user(luis.username(), luis.roles(), () -> profiles.member(ana.id())).orElseThrow();
        assertThat(seen.organisation()).isEqualTo("Casa de Cultura");
        assertThat(seen.creativeCity().name()).isEqualTo("Mérida");
        assertThat(seen.facts().state()).isEqualTo(MexicanState.OAX);
        assertThat(As.user(luis.username(), luis.roles(), () -> profiles.members(byName(ana), 0, 50)))
                .extracting(card -> card.facts().id()).containsExactly(ana.id());
    }

    @Test
    void switching_the_profile_off_again_hides_it_at_once() {
        Member ana = members.published("arrepentida", "PUE", "ARTISAN", "DESIGN", "PUEBLA");
        Member luis = members.published("vecino", "PUE", "ARTISAN", "DESIGN", null);
        As.user(ana.username(), ana.roles(), () -> {
            NetworkProfile mine = profiles.mine();
            profiles.saveMine(new NetworkProfileDraft(false, mine.organisation(), "PUEBLA", mine.bio(), null, null),
                    mine.version());
        });
        assertThat(As.user(luis.username(), luis.roles(), () -> profiles.member(ana.id()))).isEmpty();
        assertThat(As.user(luis.username(), luis.roles(), () -> profiles.countMembers(byName(ana)))).isZero();
        assertThat(As.user(ana.username(), ana.roles(), () -> profiles.member(ana.id())))
                .as("its owner still sees it").isPresent();
    }

    @Test
    void the_directory_filters_by_state_position_creative_field_and_creative_city() {
        String tag = "filtro" + System.nanoTime() % 100000;
        Member a = members.published(tag, "YUC", "ARTISAN", "GASTRONOMY", "MERIDA");
        Member b = members.published(tag, "YUC", "MUNICIPAL_CULTURE_DIRECTOR", "MUSIC", null);
        Member c = members.published(tag, "MIC", "ARTISAN", "MUSIC", "MORELIA");
        members.hidden(tag, "YUC", "ARTISAN", "GASTRONOMY");
        MemberFilter all = new MemberFilter(tag, null, null, null, null, null);
        As.user(a.username(), a.roles(), () -> {
            assertThat(ids(all)).containsExactlyInAnyOrder(a, b, c);
            assertThat(ids(new MemberFilter(tag, null, MexicanState.YUC, null, null, null)))
                    .containsExactlyInAnyOrder(a, b);
            assertThat(ids(new MemberFilter(tag, null, null, Position.ARTISAN, null, null)))
                    .containsExactlyInAnyOrder(a, c);
            assertThat(ids(new MemberFilter(tag, null, null, null, CreativeField.MUSIC, null)))
                    .containsExactlyInAnyOrder(b, c);
            assertThat(ids(new MemberFilter(tag, null, null, null, null, "MORELIA"))).containsExactly(c);
            assertThat(ids(new MemberFilter(tag, null, MexicanState.YUC, Position.ARTISAN, null, null)))
                    .containsExactly(a);
            assertThat(profiles.countMembers(all)).isEqualTo(3);
            assertThat(profiles.members(all, 1, 1)).hasSize(1);
        });
    }

    @Test
    void bad_input_is_refused_whole_and_nothing_is_saved() {
        Member ana = members.hidden("larga", "OAX", "ARTISAN", "CRAFTS");
        As.user(ana.username(), ana.roles(), () -> {
            assertThatThrownBy(() -> profiles.saveMine(new NetworkProfileDraft(true, "x".repeat(201), "ATLANTIS",
                    "b".repeat(1001), null, null), -1))
                    .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.problems())
                            .extracting(p -> p.field())
                            .containsExactlyInAnyOrder("organisation", "creativeCity", "bio"));
            assertThat(profiles.mine().published()).isFalse();
            NetworkProfile first = profiles.saveMine(new NetworkProfileDraft(true, "  ", "", "Hola", null, null), -1);
            assertThat(first.organisation()).as("blank is stored as nothing").isNull();
            assertThatThrownBy(() -> profiles.saveMine(first.toDraft(), -1)).as("a second first save is stale")
                    .isInstanceOf(StaleDataException.class);
        });
    }

    @Test
    void nobody_signed_out_reads_profiles() {
        Member ana = members.published("anonima", "OAX", "ARTISAN", "CRAFTS", null);
        assertThatThrownBy(() -> As.anonymous(() -> profiles.member(ana.id())))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> As.anonymous(() -> profiles.members(MemberFilter.none(), 0, 10)))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    private List<Member> ids(MemberFilter filter) {
        return profiles.members(filter, 0, 100).stream().map(card -> new Member(card.facts().username(),
                card.facts().id(), Members.LEARNER)).toList();
    }

    private static MemberFilter byName(Member member) {
        return new MemberFilter(member.username(), null, null, null, null, null);
    }
}
