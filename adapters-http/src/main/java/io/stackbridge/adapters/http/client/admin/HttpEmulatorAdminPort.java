package io.stackbridge.adapters.http.client.admin;

import io.stackbridge.adapters.http.client.ClientConfig;
import io.stackbridge.adapters.http.client.HttpTransport;
import io.stackbridge.adapters.support.access.AdminKey;
import io.stackbridge.adapters.http.wire.admin.BatchPageJson;
import io.stackbridge.adapters.http.wire.admin.ClockJson;
import io.stackbridge.adapters.http.wire.admin.FaultRuleJson;
import io.stackbridge.adapters.http.wire.admin.FaultRuleList;
import io.stackbridge.adapters.http.wire.admin.JournalJson;
import io.stackbridge.adapters.http.wire.admin.LedgerSummaryJson;
import io.stackbridge.adapters.support.world.WorldView;
import io.stackbridge.adapters.support.world.WorldViewReader;
import io.stackbridge.application.port.in.admin.ReadJournalUseCase.JournalQuery;
import io.stackbridge.application.port.in.usage.QueryUsageLedgerUseCase.BatchQuery;
import io.stackbridge.application.port.in.usage.QueryUsageLedgerUseCase.SummaryQuery;
import io.stackbridge.application.port.out.EmulatorAdminPort;
import io.stackbridge.domain.arm.Removal;
import io.stackbridge.domain.directory.DirectorySubscription;
import io.stackbridge.domain.error.DomainError;
import io.stackbridge.domain.fault.FaultRule;
import io.stackbridge.domain.identity.ServicePrincipal;
import io.stackbridge.domain.journal.JournalContents;
import io.stackbridge.domain.registration.RegistrationKey;
import io.stackbridge.domain.usage.LedgerSummary;
import io.stackbridge.domain.usage.ReceivedBatches;
import io.stackbridge.domain.world.World;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

/** An emulator's controls over HTTPS, through its admin API (docs/admin-api.md). */
public final class HttpEmulatorAdminPort implements EmulatorAdminPort {

    private final AdminCalls calls;

    /** The admin API of the emulator at {@code emulator} ({@code https://host:port}), over {@code transport}. */
    public HttpEmulatorAdminPort(HttpTransport transport, URI emulator) {
        this(transport, emulator, Option.none());
    }

    /** The same, each call carrying {@code key} when the emulator asks for one. */
    public HttpEmulatorAdminPort(HttpTransport transport, URI emulator, Option<AdminKey> key) {
        this.calls = new AdminCalls(() -> transport, emulator, Clock.systemUTC(), key);
    }

    private HttpEmulatorAdminPort(OperatorTrust trust, URI emulator, Option<AdminKey> key) {
        this.calls = new AdminCalls(trust, emulator, Clock.systemUTC(), key);
    }

    /**
     * The operator's controls from a terminal: trusting the emulator's {@code caPem} and, once the emulator
     * has written it beside that file, the intercepting proxy's certificate (the tls-interception fault's),
     * looked for at each call; with {@code config}'s timeouts. An unusable {@code caPem} fails here.
     */
    public static HttpEmulatorAdminPort forOperator(ClientConfig config, Path caPem, URI emulator) {
        return forOperator(config, caPem, emulator, Option.none());
    }

    /** The same, each call carrying the admin {@code key} when one is given. */
    public static HttpEmulatorAdminPort forOperator(ClientConfig config, Path caPem, URI emulator, Option<AdminKey> key) {
        return new HttpEmulatorAdminPort(new OperatorTrust(config, caPem), emulator, key);
    }

    @Override
    public Either<DomainError, List<FaultRule>> faultRules() {
        return calls.send("GET", calls.url("faults"), Option.none()).flatMap(calls::tree)
                .flatMap(tree -> calls.checked(FaultRuleList.rules(tree)));
    }

    @Override
    public Either<DomainError, FaultRule> addFaultRule(FaultRule rule) {
        return calls.send("POST", calls.url("faults"), Option.some(FaultRuleJson.View.from(rule))).flatMap(calls::tree)
                .flatMap(tree -> calls.checked(FaultRuleJson.read(tree)));
    }

    @Override
    public Either<DomainError, Removal> removeFaultRule(String id) {
        return calls.send("DELETE", calls.url("faults", id), Option.none()).map(HttpEmulatorAdminPort::removal);
    }

    @Override
    public Either<DomainError, Done> clearFaultRules(Option<Long> seed) {
        URI uri = calls.url(List.of("faults"), seed.map(value -> AdminQueries.pair("seed", value.toString())).toList());
        return calls.send("DELETE", uri, Option.none()).map(answer -> Done.DONE);
    }

    @Override
    public Either<DomainError, JournalContents> journal(JournalQuery query) {
        return calls.send("GET", calls.url(List.of("journal"), AdminQueries.of(query)), Option.none())
                .flatMap(answer -> calls.read(answer, JournalJson.class)).flatMap(read -> calls.checked(read.toDomain()));
    }

    @Override
    public Either<DomainError, Done> clearJournal() {
        return calls.send("DELETE", calls.url("journal"), Option.none()).map(answer -> Done.DONE);
    }

    @Override
    public Either<DomainError, Duration> clockOffset() {
        return calls.send("GET", calls.url("clock"), Option.none()).flatMap(answer -> calls.read(answer, ClockJson.class))
                .map(ClockJson::offset);
    }

    @Override
    public Either<DomainError, Duration> setClockOffset(Duration offset) {
        return calls.send("PUT", calls.url("clock"), Option.some(new ClockJson.Setting(offset.toSeconds())))
                .flatMap(answer -> calls.read(answer, ClockJson.class)).map(ClockJson::offset);
    }

    @Override
    public Either<DomainError, World> world() {
        return calls.send("GET", calls.url("world"), Option.none()).flatMap(calls::tree)
                .flatMap(tree -> calls.checked(WorldViewReader.read(tree).toValidation()));
    }

    @Override
    public Either<DomainError, Done> putSubscription(DirectorySubscription subscription) {
        return calls.send("PUT", calls.url("world", "subscriptions", subscription.id().value()), Option.some(WorldView.of(subscription)))
                .map(answer -> Done.DONE);
    }

    @Override
    public Either<DomainError, Done> putPrincipal(ServicePrincipal principal) {
        URI uri = calls.url("world", "principals", principal.tenantId().value(), principal.clientId().value());
        return calls.send("PUT", uri, Option.some(AdminQueries.principalBody(principal))).map(answer -> Done.DONE);
    }

    @Override
    public Either<DomainError, Done> reset() {
        return calls.send("POST", calls.url("reset"), Option.none()).map(answer -> Done.DONE);
    }

    @Override
    public Either<DomainError, Done> approveMultiTenancy(RegistrationKey registration) {
        return calls.send("PUT", approval(registration), Option.none()).map(answer -> Done.DONE);
    }

    @Override
    public Either<DomainError, Done> revokeMultiTenancy(RegistrationKey registration) {
        return calls.send("DELETE", approval(registration), Option.none()).map(answer -> Done.DONE);
    }

    @Override
    public Either<DomainError, LedgerSummary> usage(SummaryQuery query) {
        return calls.send("GET", calls.url(List.of("usage"), AdminQueries.of(query)), Option.none())
                .flatMap(answer -> calls.read(answer, LedgerSummaryJson.class)).flatMap(read -> calls.checked(read.toDomain()));
    }

    @Override
    public Either<DomainError, ReceivedBatches> batches(BatchQuery query) {
        return calls.send("GET", calls.url(List.of("usage", "batches"), AdminQueries.of(query)), Option.none())
                .flatMap(answer -> calls.read(answer, BatchPageJson.class)).flatMap(read -> calls.checked(read.toDomain()));
    }

    private URI approval(RegistrationKey key) {
        return calls.url("approvals", key.subscriptionId().value(), key.resourceGroup().value(), key.name().value());
    }

    private static Removal removal(HttpResponse<String> answer) {
        return answer.statusCode() == 204 ? Removal.ABSENT : Removal.DELETED;
    }
}
