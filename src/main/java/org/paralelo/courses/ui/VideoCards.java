package org.paralelo.courses.ui;

import com.vaadin.flow.component.Component;

/**
 * Browser glue for the lesson renderer's video cards: a click replaces the card with the player. Until then the
 * page loads nothing from the video site. The URL is built here from a provider and an id checked again in the
 * browser, so no markup from a lesson can choose what gets loaded.
 */
final class VideoCards {

    private static final String SCRIPT = """
            $0.querySelectorAll('.video-card:not([data-ready])').forEach(card => {
              card.setAttribute('data-ready', '');
              const button = card.querySelector('.video-play');
              button.addEventListener('click', () => {
                const provider = card.dataset.provider, id = card.dataset.video;
                let player;
                if (provider === 'youtube' && /^[A-Za-z0-9_-]{11}$/.test(id)) {
                  player = document.createElement('iframe');
                  player.src = 'https://www.youtube-nocookie.com/embed/' + id + '?autoplay=1';
                } else if (provider === 'vimeo' && /^[0-9]{1,12}$/.test(id)) {
                  player = document.createElement('iframe');
                  player.src = 'https://player.vimeo.com/video/' + id + '?autoplay=1';
                } else if (provider === 'mp4' && id.startsWith('https://')) {
                  player = document.createElement('video');
                  player.controls = true;
                  player.autoplay = true;
                  player.src = id;
                } else {
                  return;
                }
                if (player.tagName === 'IFRAME') {
                  player.allow = 'autoplay; fullscreen; picture-in-picture';
                  player.allowFullscreen = true;
                  player.title = button.textContent;
                }
                player.className = 'video-player';
                card.replaceWith(player);
              }, {once: true});
            });
            """;

    private VideoCards() {
    }

    static void activate(Component container) {
        container.getElement().executeJs(SCRIPT, container.getElement());
    }
}
