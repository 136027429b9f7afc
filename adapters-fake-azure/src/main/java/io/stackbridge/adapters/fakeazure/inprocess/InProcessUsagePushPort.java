package io.stackbridge.adapters.fakeazure.inprocess;

import io.stackbridge.domain.bridge.AzureService;
import io.stackbridge.application.port.in.usage.AcceptUsageBatchUseCase;
import io.stackbridge.application.port.in.usage.AcceptUsageBatchUseCase.Submission;
import io.stackbridge.application.port.out.RegistrationStorePort;
import io.stackbridge.application.port.out.UsagePushPort;
import io.stackbridge.domain.error.DomainError;
import io.stackbridge.domain.fault.FaultCall;
import io.stackbridge.domain.fault.Operation;
import io.stackbridge.domain.usage.UsageBatch;
import io.vavr.control.Either;
import jakarta.inject.Inject;

/**
 * The bridge's push to the in-process usage service. Fault rules see the registration of the
 * batch's cloud when there is one, so a rule can target one registration.
 */
public final class InProcessUsagePushPort implements UsagePushPort {

    private final InProcessBoundary boundary;
    private final AcceptUsageBatchUseCase accept;
    private final RegistrationStorePort registrations;

    @Inject
    public InProcessUsagePushPort(InProcessBoundary boundary, AcceptUsageBatchUseCase accept, RegistrationStorePort registrations) {
        this.boundary = boundary;
        this.accept = accept;
        this.registrations = registrations;
    }

    @Override
    public Either<DomainError, PushReceipt> push(UsagePush push) {
        UsageBatch batch = push.batch();
        String endpoint = push.usageEndpoint().toString();
        String resource = endpoint + "/usage/registrations/" + batch.cloudId() + "/batches/" + batch.id();
        FaultCall call = registrations.withCloudId(batch.cloudId())
                .map(registration -> FaultCall.on(Operation.Usage_Push, registration.key()))
                .getOrElse(() -> FaultCall.of(Operation.Usage_Push));
        return boundary.call(call, resource, AzureService.USAGE.at(endpoint),
                () -> accept.accept(new Submission(batch, push.accessToken(), push.stampTime()))
                        .map(receipt -> new PushReceipt(receipt.batchId(), receipt.records(), receipt.alreadyReceived())));
    }
}
