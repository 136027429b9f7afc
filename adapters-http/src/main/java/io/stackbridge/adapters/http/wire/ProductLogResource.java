package io.stackbridge.adapters.http.wire;

import io.stackbridge.domain.marketplace.ProductLog;

/** A logged product action as the REST specification's {@code ProductLog} spells it; dates in ISO 8601. */
public record ProductLogResource(String id, String productId, String subscriptionId, String registrationName, String resourceGroupName,
                                 String operation, String startDate, String endDate, String status, String error, String details) {

    public static ProductLogResource from(ProductLog log) {
        return new ProductLogResource(log.id(), log.productId(), log.registration().subscriptionId().value(),
                log.registration().name().value(), log.registration().resourceGroup().value(), log.update().operation().getOrNull(),
                log.startDate().toString(), log.endDate().toString(), log.update().status().getOrNull(), log.update().error().getOrNull(),
                log.update().details().getOrNull());
    }
}
