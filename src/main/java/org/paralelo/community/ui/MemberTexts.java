package org.paralelo.community.ui;

import com.vaadin.flow.component.Component;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.paralelo.community.CreativeCity;
import org.paralelo.people.CreativeField;
import org.paralelo.people.MemberFacts;

/** How a member's facts read on the directory and the member page, in the viewer's language. */
final class MemberTexts {

    private MemberTexts() {
    }

    static String position(Component ui, MemberFacts facts) {
        return facts.position() == null ? "" : ui.getTranslation(facts.position().messageKey());
    }

    /** "Teotitlán del Valle, Oaxaca", or whichever part is known. */
    static String place(Component ui, MemberFacts facts) {
        String state = facts.state() == null ? null : ui.getTranslation(facts.state().messageKey());
        return Stream.of(facts.municipality(), state)
                .filter(part -> part != null && !part.isBlank()).collect(Collectors.joining(", "));
    }

    static String fields(Component ui, MemberFacts facts) {
        return facts.creativeFields().stream().sorted().map(CreativeField::messageKey).map(ui::getTranslation)
                .collect(Collectors.joining(", "));
    }

    /** "Mérida · Gastronomía (2019)". */
    static String city(Component ui, @Nullable CreativeCity city) {
        return city == null ? "" : ui.getTranslation("network.city-label", city.name(),
                ui.getTranslation(city.fieldKey()), String.valueOf(city.designated()));
    }
}
