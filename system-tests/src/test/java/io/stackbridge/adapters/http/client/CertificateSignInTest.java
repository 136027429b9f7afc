package io.stackbridge.adapters.http.client;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.stackbridge.adapters.fakeazure.world.DefaultWorld;
import io.stackbridge.adapters.http.server.EmulatorConfig;
import io.stackbridge.adapters.http.server.support.ClientCertificates;
import io.stackbridge.adapters.http.server.support.EmulatedAzure;
import io.stackbridge.adapters.http.server.support.Http;
import io.stackbridge.adapters.support.tls.PemTrust;
import io.stackbridge.application.port.out.TokenPort.TokenRequest;
import io.stackbridge.domain.error.BridgeError;
import io.stackbridge.domain.error.DomainError;
import io.stackbridge.domain.id.ClientId;
import io.stackbridge.domain.identity.CertificateCredential;
import io.vavr.control.Option;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The bridge's own token client signing in with a certificate principal: a client assertion the emulator accepts, refusals as LoginError. */
class CertificateSignInTest {

    private static final ClientId CLIENT = ClientId.of("aaaaaaaa-0003-4000-8000-0000000000c3");
    private static final ClientCertificates.Issued REGISTERED = ClientCertificates.valid("bridge");

    @TempDir
    static Path directory;
    static EmulatedAzure azure;
    static HttpTokenPort tokens;

    @BeforeAll
    static void start() {
        azure = EmulatedAzure.start(EmulatorConfig.inStateDirectory(directory).withHttpPort(0));
        Http admin = new Http(azure.running.url(), PemTrust.sslContext(azure.running.caCertificate()), null);
        String body = new ObjectMapper().createObjectNode().put("objectId", "aaaaaaaa-0004-4000-8000-0000000000c3")
                .put("certificate", REGISTERED.certificatePem()).toString();
        assertThat(admin.put("/_stackbridge/world/principals/" + DefaultWorld.PARTNER_TENANT + "/" + CLIENT, body).status()).isEqualTo(200);
        tokens = new HttpTokenPort(new HttpTransport(ClientConfig.trusting(azure.running.caCertificate())));
    }

    @AfterAll
    static void stop() {
        azure.close();
    }

    @Test
    void the_registered_certificate_signs_in_again_and_again() {
        TokenRequest request = request(REGISTERED);

        assertThat(tokens.acquire(request).isRight()).as(String.valueOf(tokens.acquire(request))).isTrue();
        assertThat(tokens.acquire(request).isRight()).as("each assertion has its own jti").isTrue();
    }

    @Test
    void another_certificate_is_a_login_error_naming_the_aadsts_code() {
        DomainError refused = tokens.acquire(request(ClientCertificates.valid("stranger"))).getLeft();

        assertThat(refused).isInstanceOf(BridgeError.LoginError.class);
        assertThat(((BridgeError.LoginError) refused).cause()).contains("AADSTS700027");
    }

    private static TokenRequest request(ClientCertificates.Issued certificate) {
        CertificateCredential credential = CertificateCredential.parse("certificate", certificate.pem()).get();
        return new TokenRequest(azure.running.url(), DefaultWorld.PARTNER_TENANT, CLIENT, "unused",
                "https://usage.microsoftazurestack.com/.default", Option.some(credential));
    }
}
