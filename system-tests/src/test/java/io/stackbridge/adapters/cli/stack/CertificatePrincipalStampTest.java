package io.stackbridge.adapters.cli.stack;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.stackbridge.adapters.cli.support.CliRun;
import io.stackbridge.adapters.http.server.support.ClientCertificates;
import io.stackbridge.adapters.http.server.support.Http;
import io.stackbridge.junit.StackBridgeEmulator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** A stamp initialised with a certificate principal: it registers and its bridge pushes usage, signing in with client assertions. */
class CertificatePrincipalStampTest {

    private static final String TENANT = "aaaaaaaa-0001-4000-8000-000000000001";
    private static final String CLIENT = "aaaaaaaa-0003-4000-8000-0000000000c4";
    private static final String OBJECT = "aaaaaaaa-0004-4000-8000-0000000000c4";

    @RegisterExtension
    static StackBridgeEmulator azure = StackBridgeEmulator.start();

    @TempDir
    Path data;

    @Test
    void registers_and_pushes_with_its_certificate_and_is_refused_once_azure_knows_another() {
        ClientCertificates.Issued certificate = ClientCertificates.valid("bridge");
        registerAtAzure(certificate);
        StampDirectory stamp = StampDirectory.of(data, azure);

        CliRun init = stamp.local("stamp", "init", "--billing-model", "PayAsYouUse", "--azure", azure.url().toString(),
                "--client-id", CLIENT, "--object-id", OBJECT, "--client-certificate",
                certificate.writtenTo(data.resolve("bridge.pem")).toString());
        CliRun register = stamp.remote("stamp", "register");
        stamp.simulated(2);
        CliRun push = stamp.remote("bridge", "push");
        registerAtAzure(ClientCertificates.valid("rotated"));
        stamp.simulated(3);
        CliRun refused = stamp.remote("bridge", "push");

        assertThat(init.exitCode()).as(init.err()).isZero();
        assertThat(register.exitCode()).as(register.err()).isZero();
        assertThat(push.exitCode()).as(push.err()).isZero();
        assertThat(refused.exitCode()).isNotZero();
        assertThat(refused.out() + refused.err()).contains("LoginError").contains("AADSTS700027");
    }

    @Test
    void a_file_without_a_certificate_and_its_key_is_a_usage_error() throws Exception {
        Path pem = java.nio.file.Files.writeString(data.resolve("only.pem"), ClientCertificates.valid("alone").certificatePem());

        CliRun init = StampDirectory.of(data, azure).local("stamp", "init", "--client-certificate", pem.toString());

        assertThat(init.exitCode()).isEqualTo(2);
        assertThat(init.err()).contains("--client-certificate").doesNotContain("Exception");
    }

    private static void registerAtAzure(ClientCertificates.Issued certificate) {
        String body = new ObjectMapper().createObjectNode().put("objectId", OBJECT).put("certificate", certificate.certificatePem()).toString();
        var answer = new Http(azure.url(), azure.sslContext(), null).put("/_stackbridge/world/principals/" + TENANT + "/" + CLIENT, body);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    }
}
