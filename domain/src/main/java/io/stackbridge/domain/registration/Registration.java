package io.stackbridge.domain.registration;

import io.stackbridge.domain.billing.BillingModel;
import io.stackbridge.domain.id.CloudId;
import io.stackbridge.domain.id.ObjectId;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.Map;

import java.util.Objects;

/**
 * A registration resource in Azure: which subscription pays for one Azure Stack Hub stamp, with the
 * content of the registration token it was created from, its tags and its current entity tag.
 */
public record Registration(RegistrationKey key, RegistrationTokenContent token, Map<String, String> tags, ETag etag) {

    public Registration {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(etag, "etag");
        tags = tags == null ? LinkedHashMap.empty() : tags;
    }

    public static Registration create(RegistrationKey key, RegistrationTokenContent token, ETag etag) {
        return new Registration(key, token, LinkedHashMap.empty(), etag);
    }

    public CloudId cloudId() {
        return token.cloudId();
    }

    public ObjectId objectId() {
        return token.objectId();
    }

    public BillingModel billingModel() {
        return token.billingModel();
    }

    /** This registration re-created from a new token (same name, same cloud), with a new tag. */
    public Registration withToken(RegistrationTokenContent newToken, ETag newEtag) {
        return new Registration(key, newToken, tags, newEtag);
    }

    public Registration withTags(Map<String, String> newTags, ETag newEtag) {
        return new Registration(key, token, newTags, newEtag);
    }
}
