package io.stackbridge.adapters.cli.portal;

import io.stackbridge.adapters.cli.console.CliText;
import io.stackbridge.adapters.cli.errors.CatalogTexts;
import io.stackbridge.adapters.cli.stack.StackProblem;
import io.stackbridge.adapters.http.server.portal.BridgeErrorView;
import io.stackbridge.adapters.http.server.portal.BridgeView;
import io.stackbridge.adapters.http.server.portal.BridgeWarningView;
import io.stackbridge.adapters.http.server.portal.RegionView;
import io.stackbridge.adapters.http.server.portal.StampProblemView;
import io.stackbridge.adapters.http.server.portal.StampView;
import io.stackbridge.domain.bridge.BridgeFailure;
import io.stackbridge.domain.bridge.BridgeStatus;
import io.stackbridge.domain.error.LocalizedText;
import io.stackbridge.domain.registration.ActivationKeyClaims;
import io.stackbridge.domain.stamp.RegionProperties;
import io.stackbridge.domain.stamp.RegistrationStatus;
import io.stackbridge.domain.text.Language;
import io.vavr.control.Option;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Region management and the bridge tile as the portal shows them, worded as {@code stamp properties}
 * and {@code bridge status} word them: the status words, the catalog's message and remediation of the
 * last failure (the texts {@code errors explain} shows), its cause in the reader's language, and the 30-day warning
 * (its day in words, the instant beside it).
 */
final class StampViews {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy");

    private StampViews() {
    }

    /** Where the stamp shown lives: the one {@code serve} hosts, or a CLI stamp's data directory. */
    record Source(String name, Option<Path> directory) {

        static final Source HOSTED = new Source(StampView.HOSTED, Option.none());

        static Source directory(Path directory) {
            return new Source(StampView.DIRECTORY, Option.some(directory));
        }

        String shown() {
            return directory.map(Path::toString).getOrNull();
        }
    }

    static StampView of(Source source, RegionProperties properties, BridgeStatus status, boolean running, Language language) {
        CliText text = CliText.in(language);
        return new StampView(source.name(), source.shown(), region(properties, text), bridge(status, running, text, language), null);
    }

    /** A directory whose stamp cannot be shown: not registered, nothing waiting, and why. */
    static StampView missing(Source source, StackProblem problem, boolean running, Language language) {
        CliText text = CliText.in(language);
        RegionView region = new RegionView(status(RegistrationStatus.NOT_REGISTERED), text.format("status." + RegistrationStatus.NOT_REGISTERED),
                null, null, null, null, null, null, null);
        BridgeView bridge = new BridgeView(BridgeView.IDLE, null, 0, null, running, null, null);
        Object[] values = problem.arguments().toJavaArray();
        return new StampView(source.name(), source.shown(), region, bridge,
                new StampProblemView(problem.code(), text.format("problem." + problem.code() + ".message", values)));
    }

    /** {@code NOT_REGISTERED} as the API spells it: {@code NotRegistered}. */
    static String status(RegistrationStatus status) {
        return switch (status) {
            case REGISTERED -> "Registered";
            case NOT_REGISTERED -> "NotRegistered";
            case EXPIRED -> "Expired";
        };
    }

    private static RegionView region(RegionProperties properties, CliText text) {
        Option<String> expiry = properties.expires().map(Object::toString);
        Option<String> expiryText = properties.expires()
                .map(expires -> expires.equals(ActivationKeyClaims.NEVER) ? text.format("properties.never") : expires.toString());
        return new RegionView(status(properties.status()), text.format("status." + properties.status().name()),
                properties.subscriptionId().map(Object::toString).getOrNull(), properties.resourceGroup().map(Object::toString).getOrNull(),
                properties.registrationName().map(Object::toString).getOrNull(), properties.cloudId().toString(),
                properties.billingModel().map(Object::toString).getOrNull(), expiry.getOrNull(), expiryText.getOrNull());
    }

    private static BridgeView bridge(BridgeStatus status, boolean running, CliText text, Language language) {
        boolean failing = status.failing() && status.lastError().isDefined();
        String state = failing ? BridgeView.FAILING : status.lastSuccess().isDefined() ? BridgeView.HEALTHY : BridgeView.IDLE;
        BridgeErrorView error = failing ? error(status.lastError().get(), text, language) : null;
        BridgeWarningView warning = status.warning()
                .map(overdue -> new BridgeWarningView(text.format("bridge.status.overdue", overdue.days(), day(overdue.since(), language)),
                        overdue.days(), overdue.since().toString()))
                .getOrNull();
        return new BridgeView(state, status.lastSuccess().map(Object::toString).getOrNull(), status.pendingCount(),
                status.oldestPendingHour().map(Object::toString).getOrNull(), running, error, warning);
    }

    /** The day of {@code instant} (UTC) in words, as a reader of {@code language} writes a date: {@code 5 November 2026}, {@code 5 novembre 2026}. */
    static String day(Instant instant, Language language) {
        return DAY.withLocale(language.locale()).format(instant.atZone(ZoneOffset.UTC));
    }

    private static BridgeErrorView error(BridgeFailure failure, CliText text, Language language) {
        LocalizedText told = failure.describe(language);
        String title = text.format("portal.stamp.error.title", CatalogTexts.category(text, failure.code()), failure.code().name());
        return new BridgeErrorView(failure.code().name(), title, told.message(), failure.cause(language), told.remediation(), failure.at().toString(),
                failure.attempts(), failure.endpoint());
    }
}
