package org.paralelo.courses.ui;

import com.vaadin.flow.component.Component;
import org.paralelo.courses.LessonRenderer;

/**
 * Browser glue for the lesson renderer's video cards: a click replaces the card with the player. Until then the
 * page loads nothing from the video site. The URL is built here from a provider and an id checked again in the
 * browser, so no markup from a lesson can choose what gets loaded.
 */
final class VideoCards {

    private VideoCards() {
    }

    static void activate(Component container) {
        container.getElement().executeJs(LessonRenderer.VIDEO_CARD_SCRIPT, container.getElement());
    }
}
