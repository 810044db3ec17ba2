package org.fyptracker.platform.http;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.servers.Server;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * Each service's OpenAPI document names the service and points "try it out" at the server it was
 * fetched from: relative, so the gateway's combined Swagger UI sends requests through the gateway.
 */
@AutoConfiguration
public class OpenApiConfiguration {

    @Bean
    @ConditionalOnMissingBean
    OpenAPI serviceOpenApi(@Value("${spring.application.name}") String service) {
        return new OpenAPI()
                .info(new Info().title("fyp-tracker " + service).version("v1")
                        .description("REST API of the " + service + " service of fyp-tracker, the Fuzhou 15th "
                                + "Five-Year Plan tracker. Reached through the gateway; errors are RFC 9457 problems."))
                .addServersItem(new Server().url("/").description("through the gateway"));
    }
}
