package org.paralelo.community.ui;

import com.vaadin.flow.component.avatar.Avatar;
import org.jspecify.annotations.Nullable;

/** A member's picture, or their initials where they have none (Vaadin's avatar makes them from the name). */
final class MemberAvatar {

    private MemberAvatar() {
    }

    static Avatar of(String fullName, @Nullable String imagePath) {
        Avatar avatar = new Avatar(fullName);
        if (imagePath != null) {
            avatar.setImage(imagePath);
        }
        avatar.addClassName("member-avatar");
        // The name is written beside it: screen readers need not hear it twice.
        avatar.getElement().setAttribute("aria-hidden", "true");
        return avatar;
    }
}
