package io.stackbridge.adapters.cli.lab;

import io.stackbridge.domain.id.ResourceGroupName;
import io.stackbridge.domain.id.SubscriptionId;
import io.stackbridge.domain.id.TenantId;
import io.vavr.collection.List;
import io.vavr.control.Option;
import io.vavr.control.Try;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Properties;

/**
 * The lab's state in the stamp's data directory, {@code lab.properties} beside {@code stamp.db}: the
 * state belongs to that stamp (another data directory is another trainee), and a file of its own keeps
 * the stamp's database schema as it is. A missing or unreadable file is no lab started.
 */
final class LabStateFile {

    static final String FILE = "lab.properties";

    private LabStateFile() {
    }

    static LabState read(Path dataDirectory) {
        Path file = dataDirectory.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return LabState.NONE;
        }
        return Try.of(() -> load(file)).map(LabStateFile::state).getOrElse(LabState.NONE);
    }

    static void write(Path dataDirectory, LabState state) {
        Path file = dataDirectory.resolve(FILE);
        try {
            if (state.started().isEmpty()) {
                Files.deleteIfExists(file);
                return;
            }
            Files.createDirectories(dataDirectory);
            try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                properties(state).store(out, "stackbridge lab: the started lab, its hints and what it broke");
            }
        } catch (IOException unwritable) {
            throw new UncheckedIOException("cannot write " + file, unwritable);
        }
    }

    private static Properties load(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        return properties;
    }

    private static LabState state(Properties properties) {
        Option<LabName> lab = LabName.named(properties.getProperty("lab", ""));
        int hints = Try.of(() -> Integer.parseInt(properties.getProperty("hints", "0"))).getOrElse(0);
        List<Undo> broken = List.of(properties.getProperty("broken", "").split(",")).flatMap(Undo::read);
        Option<OnboardingRequest> request = Try.of(() -> new OnboardingRequest(properties.getProperty("request.customer"),
                TenantId.of(properties.getProperty("request.tenant")), properties.getProperty("request.customerSubscription"),
                SubscriptionId.of(properties.getProperty("request.subscription")),
                ResourceGroupName.of(properties.getProperty("request.resourceGroup")),
                properties.getProperty("request.registrationName"))).toOption();
        Option<Instant> startedAt = Try.of(() -> Instant.parse(properties.getProperty("startedAt"))).toOption();
        return new LabState(lab, Math.max(0, hints), Boolean.parseBoolean(properties.getProperty("fixed")), broken, request, startedAt);
    }

    private static Properties properties(LabState state) {
        Properties properties = new Properties();
        properties.setProperty("lab", state.started().get().labName());
        properties.setProperty("hints", String.valueOf(state.hints()));
        properties.setProperty("fixed", String.valueOf(state.fixed()));
        properties.setProperty("broken", state.broken().map(Undo::written).mkString(","));
        state.startedAt().forEach(at -> properties.setProperty("startedAt", at.toString()));
        state.request().forEach(request -> {
            properties.setProperty("request.customer", request.customer());
            properties.setProperty("request.tenant", request.tenant().value());
            properties.setProperty("request.customerSubscription", request.customerSubscription());
            properties.setProperty("request.subscription", request.subscription().value());
            properties.setProperty("request.resourceGroup", request.resourceGroup().value());
            properties.setProperty("request.registrationName", request.registrationName());
        });
        return properties;
    }
}
