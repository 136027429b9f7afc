package io.stackbridge.adapters.http.wire;

import io.stackbridge.domain.arm.ResourceIds;
import io.stackbridge.domain.billing.BillingModel;
import io.stackbridge.domain.id.CloudId;
import io.stackbridge.domain.id.ObjectId;
import io.stackbridge.domain.registration.ETag;
import io.stackbridge.domain.registration.Registration;
import io.stackbridge.domain.registration.RegistrationSummary;
import io.stackbridge.domain.validation.Rule;
import io.stackbridge.domain.validation.Violation;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;

import java.util.Map;

/** A {@code Microsoft.AzureStack/registrations} resource as ARM shows it. */
public record RegistrationResource(String id, String name, String type, String location, Map<String, String> tags, String etag,
                                   Properties properties) {

    public static final String LOCATION = "global";

    /** The registration's flattened properties. */
    public record Properties(String objectId, String cloudId, String billingModel) {
    }

    public static RegistrationResource from(Registration registration) {
        return from(RegistrationSummary.of(registration));
    }

    public static RegistrationResource from(RegistrationSummary summary) {
        return new RegistrationResource(ResourceIds.registration(summary.key()), summary.key().name().value(),
                ResourceIds.REGISTRATIONS_TYPE, LOCATION, summary.tags().toJavaMap(),
                summary.etag().value(), new Properties(summary.objectId().value(), summary.cloudId().value(), summary.billingModel().name()));
    }

    /** The registration this resource describes, every malformed part reported. */
    public Validation<Seq<Violation>, RegistrationSummary> toDomain() {
        Properties p = properties == null ? new Properties(null, null, null) : properties;
        var key = ResourceIdPath.registration(id);
        var cloud = CloudId.parse("properties.cloudId", p.cloudId());
        var object = ObjectId.parse("properties.objectId", p.objectId());
        var model = BillingModel.parse("properties.billingModel", p.billingModel());
        List<Violation> problems = List.of(key.isInvalid() ? key.getError() : List.<Violation>empty(),
                cloud.isInvalid() ? cloud.getError() : List.<Violation>empty(),
                object.isInvalid() ? object.getError() : List.<Violation>empty(),
                model.isInvalid() ? model.getError() : List.<Violation>empty()).flatMap(found -> found);
        if (etag == null || etag.isBlank()) {
            problems = problems.append(Violation.of("etag", "", Rule.REQUIRED));
        }
        return Violation.check(problems, () -> new RegistrationSummary(key.get(), cloud.get(), object.get(), model.get(),
                tags == null ? LinkedHashMap.empty() : LinkedHashMap.ofAll(tags), new ETag(etag)));
    }

}
