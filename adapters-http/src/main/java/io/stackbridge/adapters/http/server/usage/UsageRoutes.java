package io.stackbridge.adapters.http.server.usage;

import io.javalin.http.HandlerType;
import io.stackbridge.adapters.http.server.pipeline.BearerToken;
import io.stackbridge.adapters.http.server.pipeline.Call;
import io.stackbridge.adapters.http.server.pipeline.JsonBody;
import io.stackbridge.adapters.http.server.pipeline.Reply;
import io.stackbridge.adapters.http.server.pipeline.Route;
import io.stackbridge.adapters.http.server.pipeline.Surface;
import io.stackbridge.adapters.http.wire.ServicePaths;
import io.stackbridge.adapters.http.wire.UsageBatchBody;
import io.stackbridge.adapters.http.wire.UsageReceipt;
import io.stackbridge.application.port.in.usage.AcceptUsageBatchUseCase.Submission;
import io.stackbridge.application.port.in.usage.AcceptUsageBatchUseCase;
import io.stackbridge.domain.error.ArmError;
import io.stackbridge.domain.error.DomainError;
import io.stackbridge.domain.fault.FaultCall;
import io.stackbridge.domain.fault.Operation;
import io.stackbridge.domain.id.CloudId;
import io.stackbridge.domain.text.Excerpt;
import io.stackbridge.domain.usage.BatchId;
import io.stackbridge.domain.validation.Rule;
import io.stackbridge.domain.validation.Violation;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Validation;
import jakarta.inject.Inject;

/**
 * The usage service's push endpoint, {@code PUT /usage/registrations/{cloudId}/batches/{batchId}}
 * (StackBridge's own protocol, docs/domain.md §7). The batch ID is taken from the path as given; the
 * use case checks the token, the clock and the registration, and answers identical resends again.
 */
public final class UsageRoutes {

    public static final String PATH = ServicePaths.USAGE_BATCH;
    private static final int MAX_BATCH_ID = 64;

    private final AcceptUsageBatchUseCase acceptUsageBatch;

    @Inject
    public UsageRoutes(AcceptUsageBatchUseCase acceptUsageBatch) {
        this.acceptUsageBatch = acceptUsageBatch;
    }

    public List<Route> routes() {
        return List.of(Route.of(HandlerType.PUT, PATH, Operation.Usage_Push, Surface.USAGE,
                call -> Either.right(FaultCall.of(Operation.Usage_Push)), this::push));
    }

    private Either<DomainError, Reply> push(Call call) {
        Validation<Seq<Violation>, CloudId> cloudId = CloudId.parse(call.path("cloud"));
        Validation<Seq<Violation>, BatchId> batchId = batchId(call.path("batch"));
        var stampTime = MsDate.parse(call.header(MsDate.HEADER));
        Seq<Violation> problems = List.of(cloudId, batchId, stampTime).filter(Validation::isInvalid).flatMap(Validation::getError);
        if (!problems.isEmpty()) {
            return Either.left(new ArmError.InvalidRequestContent(problems));
        }
        return JsonBody.required(call)
                .flatMap(json -> UsageBatchBody.read(json, cloudId.get(), batchId.get()).toEither()
                        .<DomainError>mapLeft(ArmError.InvalidRequestContent::new))
                .flatMap(batch -> acceptUsageBatch.accept(new Submission(batch, BearerToken.of(call.ctx()), stampTime.get())))
                .map(receipt -> Reply.ok(UsageReceipt.from(receipt)));
    }

    private static Validation<Seq<Violation>, BatchId> batchId(String text) {
        if (BatchId.isWellFormed(text)) {
            return Validation.valid(BatchId.of(text));
        }
        if (text.length() > MAX_BATCH_ID) {
            return Violation.invalid("batchId", Excerpt.of(text), Rule.TOO_LONG, String.valueOf(MAX_BATCH_ID));
        }
        String offending = text.codePoints().filter(c -> !(Character.isLetterOrDigit(c) && c < 128) && c != '-' && c != '_')
                .distinct().collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        return Violation.invalid("batchId", Excerpt.of(text), Rule.INVALID_CHARACTERS, offending, "- _");
    }
}
