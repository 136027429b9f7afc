package io.stackbridge.domain.identity;

import io.stackbridge.domain.id.ClientId;
import io.stackbridge.domain.id.ObjectId;
import io.stackbridge.domain.id.TenantId;
import io.stackbridge.domain.registration.ActivationKey;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The domain's secrets never print themselves: a log line or a message built from one shows none. */
class SecretValuesTest {

    private static final String JWT = "eyJhbGciOiJSUzI1NiJ9.eyJjbG91ZElkIjoiYWJjIn0.c2lnbmF0dXJl";

    @Test
    void an_activation_key_and_an_activation_print_without_the_key() {
        ActivationKey key = new ActivationKey(JWT);

        assertThat(key.toString()).doesNotContain(JWT).doesNotContain("eyJ");
        assertThat(key.value()).isEqualTo(JWT);
    }

    @Test
    void a_principal_prints_without_its_secret() {
        ServicePrincipal principal = new ServicePrincipal(TenantId.parse("aaaaaaaa-0001-4000-8000-000000000001").get(),
                ClientId.parse("aaaaaaaa-0003-4000-8000-000000000001").get(), ObjectId.parse("aaaaaaaa-0004-4000-8000-000000000001").get(),
                new ClientSecret("Sb~very.secret"), true, "bridge");

        assertThat(principal.toString()).doesNotContain("Sb~very.secret");
    }

    @Test
    void a_secret_is_usable_unless_empty_or_the_unusable_one() {
        assertThat(new ClientSecret("Sb~very.secret").usable()).isTrue();
        assertThat(new ClientSecret("unusable-but-chosen").usable()).as("a value chosen by someone is a secret").isTrue();
        assertThat(new ClientSecret("").usable()).isFalse();
        assertThat(ClientSecret.unusable().usable()).isFalse();
    }
}
