package org.paralelo.media.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * Vaadin's security configurer denies every request that is not a view or one of its resources. Downloads are
 * opened for signed-in people here, through a customizer bean that Spring Security applies to the application's
 * {@code HttpSecurity} before the people module's configuration adds its own rules; which files a person may read
 * is decided by {@link org.paralelo.media.MediaAccess}. Other methods on {@code /media/**} stay denied.
 */
@Configuration(proxyBeanMethods = false)
class MediaWebSecurity {

    @Bean
    Customizer<AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry>
            mediaDownloadsNeedASignedInPerson() {
        return requests -> requests.requestMatchers(HttpMethod.GET, "/media/*/*").authenticated();
    }
}
