package io.stackbridge.adapters.support.logs;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RedactionTest {

    @Test
    void masks_tokens_assertions_bearer_values_named_secrets_and_long_base64_runs() {
        String text = "jwt eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl, Bearer abc.def, client_secret=Sup3r~Secret&scope=x, "
                + "{\"client_assertion\":\"abc\"}, activationKey: QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVphYmNkZWZnaGlqa2xtbm9wcXJzdA==";
        String masked = Redaction.mask(text);
        assertThat(masked).doesNotContain("eyJ").doesNotContain("abc.def").doesNotContain("Sup3r~Secret")
                .doesNotContain("\"abc\"").doesNotContain("QUJDREVG").contains("scope=x").contains("Bearer ***");
    }

    @Test
    void leaves_guids_codes_instants_and_urls_readable() {
        String text = "tenant 72f988bf-86f1-41af-91ab-2d7cd011db47 code=LoginError at 2026-12-05T04:55:01Z "
                + "https://127.0.0.1:8443/subscriptions/00000000-0000-0000-0000-000000000001/providers/Microsoft.Commerce/usageAggregates";
        assertThat(Redaction.mask(text)).isEqualTo(text);
    }
}
