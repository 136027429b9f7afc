package io.stackbridge.security;

import io.stackbridge.adapters.cli.support.CliRun;
import io.stackbridge.adapters.cli.support.StackCli;
import io.stackbridge.adapters.cli.support.WellKnown;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sweep's stamps, driven by the command line as an operator drives them: one whose bridge signs in with a secret, one
 * with a certificate; each registered (an activation key fetched and verified), with usage pushed. Every output is evidence.
 */
final class SweptStamps {

    private final URI url;
    private final Path ca;
    private final Path withSecret;
    private final Path withCertificate;
    private final Evidence evidence;
    private final Instant start = Instant.now().minusSeconds(5);

    SweptStamps(URI url, Path ca, Path root, Evidence evidence) {
        this.url = url;
        this.ca = ca;
        this.withSecret = root.resolve("secret");
        this.withCertificate = root.resolve("certificate");
        this.evidence = evidence;
    }

    /** A stamp whose bridge principal signs in with {@code secret}: initialised, registered, usage pushed; its cloud ID. */
    String withSecret(String client, String object, String secret) {
        ok("init with a secret", local(withSecret, "stamp", "init", "--billing-model", "PayAsYouUse", "--azure", url.toString(),
                "--tenant-id", SignInCalls.TENANT, "--client-id", client, "--object-id", object, "--client-secret", secret));
        return registeredAndPushed(withSecret, 3);
    }

    /** A stamp whose bridge principal signs in with the certificate (and key) in {@code pem}; its cloud ID. */
    String withCertificate(String client, String object, Path pem) {
        ok("init with a certificate", local(withCertificate, "stamp", "init", "--billing-model", "PayAsYouUse", "--azure",
                url.toString(), "--tenant-id", SignInCalls.TENANT, "--client-id", client, "--object-id", object,
                "--client-certificate", pem.toString()));
        return registeredAndPushed(withCertificate, 2);
    }

    /** Registered, then {@code hours} of usage pushed (each stamp its own count: the same hours would make the same batch ID). */
    private String registeredAndPushed(Path stamp, int hours) {
        ok("register", remote(stamp, "stamp", "register"));
        String until = Instant.now().truncatedTo(ChronoUnit.HOURS).minusSeconds(4 * 3600).toString();
        ok("simulate", local(stamp, "usage", "simulate", "--hours", String.valueOf(hours), "--until", until));
        ok("push", remote(stamp, "bridge", "push"));
        return local(stamp, "stamp", "properties").outLines().stream().filter(line -> line.startsWith("Cloud ID: ")).findFirst()
                .orElseThrow().substring("Cloud ID: ".length());
    }

    /** {@code key} with its signature changed, applied: refused, and neither key is repeated. */
    void tamperedKeyRefused(String key) throws IOException {
        String signature = key.substring(key.lastIndexOf('.') + 1);
        String forged = evidence.secret(key.substring(0, key.lastIndexOf('.') + 1) + new StringBuilder(signature).reverse());
        Path file = Files.writeString(withSecret.getParent().resolve("tampered.key"), forged);
        CliRun refused = evidence.cli("stamp activate, tampered key", remote(withSecret, "stamp", "activate", "--key", file.toString()));
        assertThat(refused.exitCode()).as(refused.out() + refused.err()).isNotZero();
        assertThat(refused.err()).contains("ActivationKeyNotTrusted");
        Path garbage = Files.writeString(withSecret.getParent().resolve("garbage.key"), evidence.secret("not-a-key-" + java.util.UUID.randomUUID()));
        CliRun unreadable = evidence.cli("stamp activate, not a key", remote(withSecret, "stamp", "activate", "--key", garbage.toString()));
        assertThat(unreadable.exitCode()).as(unreadable.out() + unreadable.err()).isNotZero();
    }

    /** The secret stamp's bridge, its secret changed in the world meanwhile: refused at sign-in ({@code LoginError}). */
    void refusedSignIn() {
        String until = Instant.now().truncatedTo(ChronoUnit.HOURS).minusSeconds(3600).toString();
        ok("simulate", local(withSecret, "usage", "simulate", "--hours", "2", "--until", until));
        CliRun refused = evidence.cli("bridge push, sign-in refused", remote(withSecret, "bridge", "push"));
        assertThat(refused.exitCode()).isNotZero();
        assertThat(refused.err()).contains("LoginError");
        evidence.cli("bridge push, sign-in refused (json)", remote(withSecret, "bridge", "push", "--output", "json"));
        evidence.cli("bridge diagnose", remote(withSecret, "bridge", "diagnose"));
        evidence.cli("bridge diagnose (json)", remote(withSecret, "bridge", "diagnose", "--output", "json"));
    }

    /** What the stamps' commands that print data show, for people and for scripts (the local usage API signs callers in too). */
    void readouts() {
        Instant hour = Instant.now().truncatedTo(ChronoUnit.HOURS);
        for (Path stamp : List.of(withSecret, withCertificate)) {
            for (String output : List.of("table", "json")) {
                ok("stamp properties", local(stamp, "stamp", "properties", "--output", output));
                ok("bridge status", local(stamp, "bridge", "status", "--output", output));
                ok("usage aggregates, provider", local(stamp, "usage", "aggregates", "--from", hour.minus(2, ChronoUnit.DAYS)
                        .truncatedTo(ChronoUnit.DAYS).toString(), "--to", hour.truncatedTo(ChronoUnit.DAYS).toString(), "--output", output));
                ok("usage aggregates, tenant", local(stamp, "usage", "aggregates", "--api", "tenant", "--subscription",
                        WellKnown.CONTOSO_SUBSCRIPTION, "--from", hour.minus(24, ChronoUnit.HOURS).toString(), "--to", hour.toString(),
                        "--aggregation-granularity", "hourly", "--output", output));
            }
        }
    }

    /** What the terminal's {@code azure} commands show of the emulated Azure. */
    void azureCommands() {
        for (List<String> words : List.of(List.of("azure", "world"), List.of("azure", "world", "--output", "json"),
                List.of("azure", "journal"), List.of("azure", "journal", "--output", "json"), List.of("azure", "usage"),
                List.of("azure", "registration", "list"))) {
            ok(String.join(" ", words), StackCli.run(Stream.concat(words.stream(), Stream.of("--azure", url.toString(), "--ca",
                    ca.toString(), "--lang", "en")).toArray(String[]::new)));
        }
    }

    /** Each stamp's log files and the support bundle it collects. */
    Map<String, String> logs() throws IOException {
        Map<String, String> texts = new LinkedHashMap<>();
        for (Path stamp : List.of(withSecret, withCertificate)) {
            Path zip = stamp.getParent().resolve(stamp.getFileName() + ".zip");
            ok("support logs", local(stamp, "support", "logs", "--from", start.toString(), "--out", zip.toString()));
            Leaks.unzip(Files.readAllBytes(zip)).forEach((name, text) -> texts.put(zip.getFileName() + "!" + name, text));
            texts.putAll(Leaks.files(stamp.resolve("logs")));
        }
        assertThat(texts.keySet()).anyMatch(name -> name.endsWith("AzureBridge.log"));
        return texts;
    }

    private CliRun ok(String what, CliRun run) {
        evidence.cli(what, run);
        assertThat(run.exitCode()).as(what + ": " + run.out() + run.err()).isZero();
        return run;
    }

    private CliRun local(Path stamp, String... words) {
        return StackCli.run(Stream.concat(Stream.of(words), Stream.of("--data-dir", stamp.toString(), "--lang", "en", "--ascii"))
                .toArray(String[]::new));
    }

    private CliRun remote(Path stamp, String... words) {
        return local(stamp, Stream.concat(Stream.of(words), Stream.of("--azure", url.toString(), "--ca", ca.toString()))
                .toArray(String[]::new));
    }
}
