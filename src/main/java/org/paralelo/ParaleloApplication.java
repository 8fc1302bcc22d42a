package org.paralelo;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.shared.communication.PushMode;
import com.vaadin.flow.shared.ui.Transport;
import com.vaadin.flow.theme.lumo.Lumo;
import org.paralelo.backup.BackupCommandLine;
import org.paralelo.base.ui.StaticAssets;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Paralelo: course authoring and online learning for cultural-sector training networks. */
@SpringBootApplication
@EnableScheduling
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("paralelo.css")
// Server push is off unless the screen shown is a LiveScreen (the Network's conversations; PushOnLiveScreens switches
// it per navigation). Where it is on: WebSocket from server to browser, ordinary XHR requests the other way (so
// Spring Security and CSRF see them as before); where a proxy breaks WebSockets, Vaadin's client falls back to long
// polling (PushConfiguration's default fallback transport).
@Push(value = PushMode.DISABLED, transport = Transport.WEBSOCKET_XHR)
public class ParaleloApplication implements AppShellConfigurator {

    public static void main(String[] args) {
        // backup / restore / verify run on their own, before and instead of the web application.
        if (BackupCommandLine.handles(args)) {
            System.exit(BackupCommandLine.run(args));
        }
        SpringApplication.run(ParaleloApplication.class, args);
    }

    @Override
    public void configurePage(AppShellSettings settings) {
        // In production Vaadin gives @StyleSheet files a content hash and a year's caching; the icons get ours.
        settings.addFavIcon("icon", StaticAssets.url("icons/favicon.svg"), "any");
        settings.addMetaTag("viewport", "width=device-width, initial-scale=1");
        settings.addMetaTag("theme-color", "#7a2e5c");
    }
}
