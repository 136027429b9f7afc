package io.stackbridge.adapters.http.wire;

import io.stackbridge.application.port.in.usage.AcceptUsageBatchUseCase.Receipt;
import io.stackbridge.application.port.out.UsagePushPort.PushReceipt;
import io.stackbridge.domain.usage.BatchId;

/** The usage service's acknowledgement of a batch: {@code {batchId, records, alreadyReceived}}. */
public record UsageReceipt(String batchId, int records, boolean alreadyReceived) {

    public static UsageReceipt from(Receipt receipt) {
        return new UsageReceipt(receipt.batchId().value(), receipt.records(), receipt.alreadyReceived());
    }

    /** The receipt as the bridge's push port reports it; the batch ID must be well formed. */
    public PushReceipt toDomain() {
        return new PushReceipt(BatchId.of(batchId), records, alreadyReceived);
    }
}
