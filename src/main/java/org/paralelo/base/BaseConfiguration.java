package org.paralelo.base;

import java.time.Clock;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.context.annotation.Configuration;

@Configuration
class BaseConfiguration {

    /** Every rule that depends on time reads this clock, so tests can move it. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    /** messages_es.properties and messages_en.properties; anything else falls back to Spanish (Mexico). */
    @Bean
    MessageSource messageSource() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasename("messages");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        source.setDefaultLocale(Languages.SPANISH);
        return source;
    }
}
