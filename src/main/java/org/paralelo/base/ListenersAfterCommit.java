package org.paralelo.base;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.AbstractAsyncConfiguration;

/**
 * Keeps module listeners running right after their transaction commits, on the same thread, as they always have:
 * Spring Modulith's event registry would otherwise switch {@code @Async} on for the whole app (it does so when no
 * async configuration exists), and session revocation, search indexing and their tests rely on that timing. The
 * registry still records every publication and replays unfinished ones after a restart.
 */
@Configuration(proxyBeanMethods = false)
class ListenersAfterCommit extends AbstractAsyncConfiguration {
}
