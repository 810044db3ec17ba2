package org.fyptracker.gateway;

import java.net.URI;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;

/**
 * The supervisors' dashboard (docs/dashboard.md): a single page built from src/main/frontend into
 * {@code classpath:/static/dashboard}. Its assets are served as static resources under {@code /dashboard/**}
 * ({@code spring.webflux.static-path-pattern}); {@code /dashboard/} answers with its page, never cached, so a
 * new build is picked up at once (the assets' names carry a hash of their content). It reads the public REST API
 * through this gateway, so it needs no route of its own and no exception in the security chain.
 */
@Configuration
class DashboardPages {

    static final String INDEX = "static/dashboard/index.html";

    @Bean
    RouterFunction<ServerResponse> dashboardPage() {
        Resource index = new ClassPathResource(INDEX);
        return RouterFunctions.route()
                .GET("/dashboard", request -> ServerResponse.permanentRedirect(URI.create("/dashboard/")).build())
                .GET("/dashboard/", request -> index.exists()
                        ? ServerResponse.ok().contentType(MediaType.TEXT_HTML).cacheControl(CacheControl.noCache()).bodyValue(index)
                        : ServerResponse.notFound().build())
                .build();
    }
}
