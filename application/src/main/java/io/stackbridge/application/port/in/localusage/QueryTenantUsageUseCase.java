package io.stackbridge.application.port.in.localusage;

import io.stackbridge.domain.error.DomainError;
import io.stackbridge.domain.localusage.AggregatePage;
import io.stackbridge.domain.localusage.UsageQueryText;
import io.vavr.control.Either;

/** The tenant usage API ({@code usageAggregates}): the usage of the caller's own subscription, aggregated by reported time. */
public interface QueryTenantUsageUseCase {

    Either<DomainError, AggregatePage> usageAggregates(UsageQueryText query);
}
