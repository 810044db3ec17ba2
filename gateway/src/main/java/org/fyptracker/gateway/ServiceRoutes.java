package org.fyptracker.gateway;

import org.springframework.cloud.gateway.route.RouteLocator;
import org.springframework.cloud.gateway.route.builder.RouteLocatorBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One route per service, each behind its own circuit breaker (so one slow or dead service never ties
 * up the others), plus one route per service for its OpenAPI document, which the Swagger UI at
 * {@code /api-docs} combines.
 */
@Configuration
class ServiceRoutes {

    static final String API_DOCS_PREFIX = "/v3/api-docs/";

    @Bean
    RouteLocator serviceRouteLocator(RouteLocatorBuilder builder, GatewayProperties properties) {
        RouteLocatorBuilder.Builder routes = builder.routes();
        properties.services().forEach((name, service) -> {
            String uri = service.uri().toString();
            routes.route(name, r -> r.path(service.paths().toArray(String[]::new))
                    .filters(f -> f.circuitBreaker(c -> c.setName(name).setFallbackUri("forward:/fallback/" + name)))
                    .uri(uri));
            routes.route(name + "-api-docs", r -> r.path(API_DOCS_PREFIX + name)
                    .filters(f -> f.setPath("/v3/api-docs")
                            .circuitBreaker(c -> c.setName(name).setFallbackUri("forward:/fallback/" + name)))
                    .uri(uri));
        });
        return routes.build();
    }
}
