package io.stackbridge.domain.registration;

import io.stackbridge.domain.billing.BillingModel;
import io.stackbridge.domain.id.CloudId;
import io.stackbridge.domain.id.ObjectId;
import io.vavr.collection.Map;

import java.util.Objects;

/** A registration as ARM shows it to its callers: key, cloud, object, billing model, tags and etag. */
public record RegistrationSummary(RegistrationKey key, CloudId cloudId, ObjectId objectId, BillingModel billingModel,
                                  Map<String, String> tags, ETag etag) {

    public RegistrationSummary {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(cloudId, "cloudId");
        Objects.requireNonNull(objectId, "objectId");
        Objects.requireNonNull(billingModel, "billingModel");
        Objects.requireNonNull(tags, "tags");
        Objects.requireNonNull(etag, "etag");
    }

    public static RegistrationSummary of(Registration registration) {
        return new RegistrationSummary(registration.key(), registration.cloudId(), registration.objectId(),
                registration.billingModel(), registration.tags(), registration.etag());
    }
}
