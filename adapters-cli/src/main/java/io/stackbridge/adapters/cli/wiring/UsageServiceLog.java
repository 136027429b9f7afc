package io.stackbridge.adapters.cli.wiring;

import io.stackbridge.adapters.support.logs.LogRole;
import io.stackbridge.adapters.support.logs.RoleLog;
import io.stackbridge.application.port.in.localusage.QueryProviderUsageUseCase;
import io.stackbridge.application.port.in.localusage.QueryTenantUsageUseCase;
import io.stackbridge.application.port.in.localusage.SimulateWorkloadUseCase;
import io.stackbridge.domain.error.DomainError;
import io.stackbridge.domain.localusage.AggregatePage;
import io.stackbridge.domain.localusage.UsageQueryText;
import io.vavr.control.Either;
import io.vavr.control.Option;

import java.util.UUID;

/**
 * The stamp's usage service use cases, each call written to the stamp's role log: usage recorded on
 * the stamp and the provider usage API under WAS, the tenant usage API under WASPublic. Whoever asks
 * (a CLI command or the served usage routes) is logged the same way, one correlation ID per call.
 * Continuation tokens are never written, only whether one was given.
 */
final class UsageServiceLog {

    private UsageServiceLog() {
    }

    static SimulateWorkloadUseCase simulate(SimulateWorkloadUseCase simulate, RoleLog log) {
        if (log == RoleLog.NONE) {
            return simulate;
        }
        return simulation -> {
            String correlation = UUID.randomUUID().toString();
            return simulate.simulate(simulation)
                    .peek(done -> log.info(LogRole.WAS, correlation, "usage recorded on the stamp: " + done.records()
                            + " records for the hours from " + done.from() + " to " + done.to() + " (scale " + simulation.scale() + "), "
                            + done.notYetReported() + " reported later"))
                    .peekLeft(error -> failed(log, LogRole.WAS, correlation, "recording usage for " + simulation.hours() + " hours", error));
        };
    }

    static QueryProviderUsageUseCase provider(QueryProviderUsageUseCase query, RoleLog log) {
        return log == RoleLog.NONE ? query : text -> logged(log, LogRole.WAS, "provider usage query (subscriberUsageAggregates)", text,
                query.subscriberUsageAggregates(text));
    }

    static QueryTenantUsageUseCase tenant(QueryTenantUsageUseCase query, RoleLog log) {
        return log == RoleLog.NONE ? query : text -> logged(log, LogRole.WASPublic, "tenant usage query (usageAggregates)", text,
                query.usageAggregates(text));
    }

    private static Either<DomainError, AggregatePage> logged(RoleLog log, LogRole role, String api, UsageQueryText text,
                                                             Either<DomainError, AggregatePage> answer) {
        String correlation = UUID.randomUUID().toString();
        String what = api + " by subscription " + shown(text.callerSubscription()) + ", reportedStartTime " + shown(text.reportedStartTime())
                + ", reportedEndTime " + shown(text.reportedEndTime()) + ", granularity " + shown(text.aggregationGranularity())
                + (text.subscriberId().isDefined() ? ", subscriber " + text.subscriberId().get() : "")
                + (text.continuationToken().isDefined() ? ", next page" : "");
        return answer
                .peek(page -> log.info(role, correlation, what + ": " + page.aggregates().size() + " aggregates"
                        + (page.next().isDefined() ? ", more pages" : "")))
                .peekLeft(error -> failed(log, role, correlation, what, error));
    }

    private static void failed(RoleLog log, LogRole role, String correlation, String what, DomainError error) {
        log.warn(role, correlation, error.code().name(), what + " refused: " + error.code().name());
    }

    private static String shown(Option<String> value) {
        return value.getOrElse("(none)");
    }
}
