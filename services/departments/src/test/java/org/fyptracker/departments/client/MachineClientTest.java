package org.fyptracker.departments.client;

import java.time.Instant;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.fyptracker.contracts.Provenance;
import org.fyptracker.contracts.RuleViolation;
import org.fyptracker.contracts.departments.ClientRegistered;
import org.fyptracker.contracts.departments.ClientRevoked;
import org.fyptracker.contracts.departments.ClientSecretRotated;
import org.fyptracker.contracts.departments.RegisterClient;
import org.fyptracker.contracts.departments.RevokeClient;
import org.fyptracker.contracts.departments.RotateClientSecret;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;

class MachineClientTest {

    private static final Provenance BY_ADMIN = new Provenance("fz-drc", "demo-admin", Instant.parse("2026-03-01T01:00:00Z"), null);
    private static final String HASH = PasswordEncoderFactories.createDelegatingPasswordEncoder().encode("s3cret-one");
    private static final String NEW_HASH = PasswordEncoderFactories.createDelegatingPasswordEncoder().encode("s3cret-two");

    private AggregateTestFixture<MachineClient> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(MachineClient.class);
    }

    private static ClientRegistered registered() {
        return new ClientRegistered("gl-gov-sys", "gl-gov", List.of("report"), HASH, BY_ADMIN);
    }

    @Nested
    class Registering {

        @Test
        void a_client_acts_for_one_department_with_its_scopes_and_only_the_hash_of_its_secret() {
            fixture.givenNoPriorActivity()
                    .when(new RegisterClient("gl-gov-sys", "gl-gov", List.of("report"), HASH, BY_ADMIN))
                    .expectEvents(registered());
        }

        @Test
        void a_secret_in_clear_is_refused_so_it_never_reaches_an_event() {
            fixture.givenNoPriorActivity()
                    .when(new RegisterClient("gl-gov-sys", "gl-gov", List.of("report"), "s3cret-one", BY_ADMIN))
                    .expectException(RuleViolation.class)
                    .expectExceptionMessage("only a BCrypt hash of the secret is stored");
        }

        @Test
        void scopes_are_report_supervise_or_admin() {
            fixture.givenNoPriorActivity()
                    .when(new RegisterClient("gl-gov-sys", "gl-gov", List.of("report", "root"), HASH, BY_ADMIN))
                    .expectException(RuleViolation.class)
                    .expectNoEvents();
        }

        @Test
        void a_client_needs_at_least_one_scope() {
            fixture.givenNoPriorActivity()
                    .when(new RegisterClient("gl-gov-sys", "gl-gov", List.of(), HASH, BY_ADMIN))
                    .expectException(RuleViolation.class)
                    .expectNoEvents();
        }

        @Test
        void a_client_acts_for_a_department() {
            fixture.givenNoPriorActivity()
                    .when(new RegisterClient("gl-gov-sys", null, List.of("report"), HASH, BY_ADMIN))
                    .expectExceptionMessage("name the department the client acts for");
        }

        @Test
        void a_client_id_has_no_characters_that_break_http_basic() {
            fixture.givenNoPriorActivity()
                    .when(new RegisterClient("gl:gov", "gl-gov", List.of("report"), HASH, BY_ADMIN))
                    .expectException(RuleViolation.class)
                    .expectNoEvents();
        }
    }

    @Nested
    class RotatingTheSecret {

        @Test
        void a_new_secret_hash_replaces_the_old() {
            fixture.given(registered())
                    .when(new RotateClientSecret("gl-gov-sys", NEW_HASH, BY_ADMIN))
                    .expectEvents(new ClientSecretRotated("gl-gov-sys", "gl-gov", NEW_HASH, BY_ADMIN));
        }

        @Test
        void the_new_secret_must_be_hashed_too() {
            fixture.given(registered())
                    .when(new RotateClientSecret("gl-gov-sys", "s3cret-two", BY_ADMIN))
                    .expectException(RuleViolation.class)
                    .expectNoEvents();
        }

        @Test
        void a_revoked_client_gets_no_new_secret() {
            fixture.given(registered(), new ClientRevoked("gl-gov-sys", "gl-gov", "系统下线", BY_ADMIN))
                    .when(new RotateClientSecret("gl-gov-sys", NEW_HASH, BY_ADMIN))
                    .expectExceptionMessage("client gl-gov-sys is revoked");
        }
    }

    @Nested
    class Revoking {

        @Test
        void a_client_is_revoked_with_a_reason() {
            fixture.given(registered())
                    .when(new RevokeClient("gl-gov-sys", "系统下线", BY_ADMIN))
                    .expectEvents(new ClientRevoked("gl-gov-sys", "gl-gov", "系统下线", BY_ADMIN));
        }

        @Test
        void revoking_needs_a_reason() {
            fixture.given(registered())
                    .when(new RevokeClient("gl-gov-sys", "", BY_ADMIN))
                    .expectException(RuleViolation.class)
                    .expectNoEvents();
        }

        @Test
        void revoking_is_final() {
            fixture.given(registered(), new ClientRevoked("gl-gov-sys", "gl-gov", "系统下线", BY_ADMIN))
                    .when(new RevokeClient("gl-gov-sys", "再次", BY_ADMIN))
                    .expectException(RuleViolation.class)
                    .expectNoEvents();
        }

        @Test
        void a_revocation_repeated_under_its_idempotency_key_is_no_error() {
            Provenance keyed = new Provenance("fz-drc", "demo-admin", BY_ADMIN.recordedAt(), "k-1");
            fixture.given(registered(), new ClientRevoked("gl-gov-sys", "gl-gov", "系统下线", keyed))
                    .when(new RevokeClient("gl-gov-sys", "系统下线", keyed))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }
    }
}
