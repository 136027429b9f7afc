package io.stackbridge.domain.manifest;

import io.vavr.collection.List;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ManifestContentTest {

    @Test
    void canonical_json_sorts_members_at_every_depth_and_escapes_as_jcs() {
        String json = CanonicalJson.object(Map.of("b", "x\"y\n", "a", Map.of("z", "1", "c", "\u0001")));

        assertThat(json).isEqualTo("{\"a\":{\"c\":\"\\u0001\",\"z\":\"1\"},\"b\":\"x\\\"y\\n\"}");
        assertThat(CanonicalJson.array(List.of("QQ==", "Qg=="))).isEqualTo("[\"QQ==\",\"Qg==\"]");
    }

    @Test
    void deployment_data_signs_its_wire_members_in_canonical_form() {
        DeploymentData data = DeploymentData.of(URI.create("https://127.0.0.1:8443/"), "{\"kty\":\"RSA\"}");

        assertThat(data.customCloudArmEndpoint()).isEqualTo("https://127.0.0.1:8443/");
        assertThat(data.externalDsmsEndpoint()).isEqualTo("https://127.0.0.1:8443/_stackbridge/keys");
        assertThat(new String(data.signedContent(), StandardCharsets.UTF_8)).isEqualTo(
                "{\"customCloudVerificationKey\":\"{\\\"kty\\\":\\\"RSA\\\"}\",\"customEnvironmentEndpoints\":"
                        + "{\"customCloudArmEndpoint\":\"https://127.0.0.1:8443/\",\"externalDsmsEndpoint\":"
                        + "\"https://127.0.0.1:8443/_stackbridge/keys\"},\"externalDsmsCertificates\":\"\"}");
    }

    @Test
    void verification_versions_are_one_and_latest_and_nothing_else() {
        assertThat(VerificationVersion.parse("verificationVersion", null).get()).isEqualTo(VerificationVersion.LATEST);
        assertThat(VerificationVersion.parse("verificationVersion", "LATEST").get().resolved()).isEqualTo(VerificationVersion.CURRENT);
        assertThat(VerificationVersion.parse("verificationVersion", " 1 ").get()).isEqualTo(VerificationVersion.CURRENT);
        assertThat(VerificationVersion.parse("verificationVersion", "2").getError().head().ruleArguments()).containsExactly("1, latest");
    }

    @Test
    void a_license_chain_is_an_intermediate_then_a_thirty_day_leaf_each_base64_json() {
        Instant now = Instant.parse("2026-12-05T02:30:00.123Z");
        List<LicenseItem> chain = DeploymentLicense.chain("https://emulator.test/", "sub-1", VerificationVersion.CURRENT, now);

        assertThat(chain.map(LicenseItem::kind)).containsExactly(LicenseItem.Kind.Intermediate, LicenseItem.Kind.Leaf);
        assertThat(chain.get(1).notAfter()).isEqualTo(Instant.parse("2027-01-04T02:30:00Z"));
        assertThat(new String(Base64.getDecoder().decode(chain.get(1).encoded()), StandardCharsets.UTF_8))
                .startsWith("{\"issuer\":\"StackBridge temporary licensing\",\"kind\":\"Leaf\",")
                .contains("\"subject\":\"sub-1\"", "\"verificationVersion\":\"1\"");
    }
}
