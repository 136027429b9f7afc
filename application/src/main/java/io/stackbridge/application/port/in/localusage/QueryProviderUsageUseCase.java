package io.stackbridge.application.port.in.localusage;

import io.stackbridge.domain.error.DomainError;
import io.stackbridge.domain.localusage.AggregatePage;
import io.stackbridge.domain.localusage.UsageQueryText;
import io.vavr.control.Either;

/**
 * The provider usage API ({@code subscriberUsageAggregates}): the usage of the caller's direct
 * tenants, or of one of them ({@code subscriberId}), aggregated by reported time, one page at a time.
 */
public interface QueryProviderUsageUseCase {

    Either<DomainError, AggregatePage> subscriberUsageAggregates(UsageQueryText query);
}
