package io.stackbridge.application.service.bridge;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bridge's own carrier of a token prints without it, as the ports' carriers do (see
 * {@code io.stackbridge.application.port.SecretCarriersTest}): a log line or a message built from one shows none.
 */
class BridgeSecretCarriersTest {

    private static final String TOKEN = "eyJhbGciOiJSUzI1NiJ9.eyJhdWQiOiJ4In0.c2lnbmF0dXJl";

    @Test
    void a_bearer_prints_without_its_token() {
        BridgeTokens.Bearer bearer = new BridgeTokens.Bearer(TOKEN, true);

        assertThat(bearer.toString()).doesNotContain(TOKEN).doesNotContain("eyJ").contains("reused=true");
        assertThat(bearer.value()).isEqualTo(TOKEN);
    }
}
