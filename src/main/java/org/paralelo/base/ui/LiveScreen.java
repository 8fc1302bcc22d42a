package org.paralelo.base.ui;

/**
 * A screen where what other people do should appear without a click (the Network's conversations): while one is
 * shown, its page keeps Vaadin's push connection open, so the header's notice bell changes the moment a reply or
 * a message arrives. Every other screen has no push connection: its page holds no socket and no buffers on the
 * server, and anything that changed for it in the meantime (the bell's count) arrives with its next round trip.
 * See {@link PushOnLiveScreens}.
 */
public interface LiveScreen {
}
