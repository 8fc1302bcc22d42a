package org.paralelo.base.ui;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.AbstractResourceResolver;
import org.springframework.web.servlet.resource.ResourceResolverChain;
import org.springframework.web.servlet.resource.VersionResourceResolver;

/**
 * Serves {@link StaticAssets} addresses: only names carrying the hash of their content are found, and those are
 * immutable, so they are cached for a year (a slow connection downloads them once).
 */
@Configuration
class StaticAssetsConfiguration implements WebMvcConfigurer {

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/" + StaticAssets.PREFIX + "**")
                .addResourceLocations("classpath:/" + StaticAssets.ROOT)
                .setCacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable())
                .resourceChain(true)
                .addResolver(new HashedNamesOnly())
                .addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"));
    }

    /** An unhashed name would be cached for a year and never refreshed: not found instead. */
    private static final class HashedNamesOnly extends AbstractResourceResolver {

        private static final Pattern HASHED = Pattern.compile(".*-[0-9a-f]{32}(\\.[^/.]+)?");

        @Override
        protected @Nullable Resource resolveResourceInternal(@Nullable HttpServletRequest request, String path,
                List<? extends Resource> locations, ResourceResolverChain chain) {
            return HASHED.matcher(path).matches() ? chain.resolveResource(request, path, locations) : null;
        }

        @Override
        protected @Nullable String resolveUrlPathInternal(String path, List<? extends Resource> locations,
                ResourceResolverChain chain) {
            return chain.resolveUrlPath(path, locations);
        }
    }
}
