package io.stackbridge.adapters.cli.stack;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.stackbridge.adapters.cli.support.CliRun;
import io.stackbridge.adapters.cli.support.WellKnown;
import io.stackbridge.adapters.http.server.support.ClientCertificates;
import io.stackbridge.adapters.http.server.support.Http;
import io.stackbridge.junit.StackBridgeEmulator;
import io.stackbridge.security.Leaks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A real session over HTTPS, by a stamp signing in with a secret and one with a certificate: init,
 * register (an activation key), simulate, push, a refused sign-in, the tenant and provider usage
 * APIs. Then the logs are collected, and every file of each bundle, and every raw log file, is
 * searched for each secret the session used: none is there.
 */
class SecretsNeverLoggedTest {

    private static final String TENANT = "aaaaaaaa-0001-4000-8000-000000000001";
    private static final String SECRET_CLIENT = "aaaaaaaa-0003-4000-8000-0000000000d5";
    private static final String SECRET_OBJECT = "aaaaaaaa-0004-4000-8000-0000000000d5";
    private static final String CERT_CLIENT = "aaaaaaaa-0003-4000-8000-0000000000d6";
    private static final String CERT_OBJECT = "aaaaaaaa-0004-4000-8000-0000000000d6";
    private static final String CONTOSO = "c0c0c0c0-0005-4000-8000-000000000001";

    @RegisterExtension
    static StackBridgeEmulator azure = StackBridgeEmulator.start();

    @TempDir
    Path root;

    @Test
    void no_secret_of_the_session_is_in_any_log_file_or_in_any_file_of_the_bundles() throws Exception {
        Instant start = Instant.now().minusSeconds(5);
        String secret = "Sb~" + UUID.randomUUID() + ".s3cr3t";
        String rotated = "Sb~" + UUID.randomUUID() + ".r0tated";
        java.util.List<String> secrets = new java.util.ArrayList<>(java.util.List.of(secret, rotated, azure.token()));

        principal(SECRET_CLIENT, "{\"objectId\":\"" + SECRET_OBJECT + "\",\"secret\":\"" + secret + "\"}");
        StampDirectory withSecret = StampDirectory.of(root.resolve("secret"), azure);
        ok(withSecret.local("stamp", "init", "--billing-model", "PayAsYouUse", "--azure", azure.url().toString(), "--tenant-id", TENANT,
                "--client-id", SECRET_CLIENT, "--object-id", SECRET_OBJECT, "--client-secret", secret));
        secrets.add(ok(withSecret.local("stamp", "token")).out().strip());
        ok(withSecret.remote("stamp", "register"));
        secrets.add(activationKey(cloudId(withSecret)));
        ok(withSecret.simulated(3));
        ok(withSecret.remote("bridge", "push"));
        String hour = Instant.now().truncatedTo(ChronoUnit.HOURS).toString();
        String dayBefore = Instant.now().truncatedTo(ChronoUnit.HOURS).minus(24, ChronoUnit.HOURS).toString();
        ok(withSecret.local("usage", "aggregates", "--api", "tenant", "--subscription", CONTOSO, "--from", dayBefore, "--to", hour,
                "--aggregation-granularity", "hourly"));
        Instant today = Instant.now().truncatedTo(ChronoUnit.DAYS);
        ok(withSecret.local("usage", "aggregates", "--from", today.minus(1, ChronoUnit.DAYS).toString(), "--to", today.toString()));
        principal(SECRET_CLIENT, "{\"objectId\":\"" + SECRET_OBJECT + "\",\"secret\":\"" + rotated + "\"}");
        ok(withSecret.simulated(6));
        CliRun refused = withSecret.remote("bridge", "push");
        assertThat(refused.err()).contains("LoginError");

        ClientCertificates.Issued certificate = ClientCertificates.valid("bridge-logs");
        principal(CERT_CLIENT, new ObjectMapper().createObjectNode().put("objectId", CERT_OBJECT)
                .put("certificate", certificate.certificatePem()).toString());
        StampDirectory withCertificate = StampDirectory.of(root.resolve("certificate"), azure);
        ok(withCertificate.local("stamp", "init", "--billing-model", "PayAsYouUse", "--azure", azure.url().toString(), "--tenant-id",
                TENANT, "--client-id", CERT_CLIENT, "--object-id", CERT_OBJECT, "--client-certificate",
                certificate.writtenTo(root.resolve("bridge.pem")).toString()));
        ok(withCertificate.remote("stamp", "register"));
        secrets.add(activationKey(cloudId(withCertificate)));
        ok(withCertificate.simulated(2));
        ok(withCertificate.remote("bridge", "push"));
        secrets.addAll(Leaks.privateKeyLines(certificate.pem()));

        Map<String, String> everything = new LinkedHashMap<>();
        for (StampDirectory stamp : java.util.List.of(withSecret, withCertificate)) {
            Path zip = root.resolve(stamp.data().getFileName() + ".zip");
            ok(stamp.local("support", "logs", "--from", start.toString(), "--out", zip.toString()));
            Leaks.unzip(Files.readAllBytes(zip)).forEach((name, text) -> everything.put(zip.getFileName() + "!" + name, text));
            everything.putAll(Leaks.files(stamp.data().resolve("logs")));
        }

        String bridgeLines = everything.entrySet().stream().filter(entry -> entry.getKey().endsWith("AzureBridge.log"))
                .map(Map.Entry::getValue).reduce("", String::concat);
        assertThat(bridgeLines).contains("with a secret succeeded").contains("with a certificate succeeded").contains("code=LoginError")
                .contains("AADSTS").contains("push attempt 1 of batch ");
        assertThat(everything).containsKeys("secret.zip!manifest.json", "secret.zip!WAS/WAS.log", "secret.zip!WASPublic/WASPublic.log",
                "certificate.zip!AzureBridge/AzureBridge.log");
        assertThat(everything.keySet().stream().filter(name -> name.contains("WASPublic")).map(everything::get).reduce("", String::concat))
                .contains("tenant usage query");
        everything.forEach((file, text) ->
                assertThat(text).as("a JSON Web Token (access token, client assertion or activation key) in %s", file).doesNotContain("eyJ"));
        assertThat(Leaks.in(everything, secrets)).isEmpty();
    }

    private static CliRun ok(CliRun run) {
        assertThat(run.exitCode()).as(run.err()).isZero();
        return run;
    }

    private static void principal(String client, String body) {
        var answer = new Http(azure.url(), azure.sslContext(), null).put("/_stackbridge/world/principals/" + TENANT + "/" + client, body);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    }

    private static String cloudId(StampDirectory stamp) {
        return stamp.local("stamp", "properties").outLines().stream().filter(line -> line.startsWith("Cloud ID: ")).findFirst()
                .orElseThrow().substring("Cloud ID: ".length());
    }

    /** The registration's activation key, fetched as the registration tooling fetches it. */
    private static String activationKey(String cloud) throws Exception {
        HttpClient client = HttpClient.newBuilder().sslContext(azure.sslContext()).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create(azure.url() + WellKnown.registrationPath(cloud) + "/getactivationkey"
                + WellKnown.API)).header("Authorization", "Bearer " + azure.token()).POST(HttpRequest.BodyPublishers.noBody()).build();
        HttpResponse<String> answer = client.send(request, HttpResponse.BodyHandlers.ofString());
        Matcher found = Pattern.compile("\"activationKey\"\\s*:\\s*\"([^\"]+)\"").matcher(answer.body());
        assertThat(found.find()).as(answer.body()).isTrue();
        return found.group(1);
    }
}
