package io.stackbridge.application.service.usage;

import io.stackbridge.domain.error.ArmError.InvalidRequestContent;
import io.stackbridge.domain.error.DomainError;
import io.stackbridge.domain.identity.TokenValidity;
import io.stackbridge.domain.usage.UsageBatch;
import io.stackbridge.domain.usage.UsageRecord;
import io.stackbridge.domain.validation.Rule;
import io.stackbridge.domain.validation.Violation;
import io.vavr.collection.List;
import io.vavr.control.Either;

import java.time.Instant;

/** The usage service books no usage from the future: every record's hour must have ended (give or take the allowed skew). */
final class FutureUsage {

    private FutureUsage() {
    }

    static Either<DomainError, UsageBatch> refuse(UsageBatch batch, Instant now) {
        Instant latest = now.plus(TokenValidity.ALLOWED_SKEW);
        List<Violation> problems = batch.records().zipWithIndex()
                .filter(indexed -> indexed._1.window().end().isAfter(latest))
                .map(indexed -> problem(indexed._1, indexed._2, latest));
        return problems.isEmpty() ? Either.right(batch) : Either.left(new InvalidRequestContent(problems));
    }

    private static Violation problem(UsageRecord record, int index, Instant latest) {
        return Violation.of("records[" + index + "].usageEndTime", record.window().end().toString(), Rule.OUT_OF_RANGE,
                record.window().start().toString(), latest.toString());
    }
}
