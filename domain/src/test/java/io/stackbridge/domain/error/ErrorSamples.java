package io.stackbridge.domain.error;

import io.stackbridge.domain.billing.BillingModel;
import io.stackbridge.domain.directory.OfferType;
import io.stackbridge.domain.id.ClientId;
import io.stackbridge.domain.id.CloudId;
import io.stackbridge.domain.id.ObjectId;
import io.stackbridge.domain.usage.BatchId;
import io.stackbridge.domain.id.RegistrationName;
import io.stackbridge.domain.id.ResourceGroupName;
import io.stackbridge.domain.id.SubscriptionId;
import io.stackbridge.domain.id.TenantId;
import io.stackbridge.domain.identity.TokenProblem;
import io.stackbridge.domain.registration.RegistrationKey;
import io.stackbridge.domain.validation.Rule;
import io.stackbridge.domain.validation.Violation;
import io.vavr.collection.List;
import io.vavr.collection.Seq;

import java.lang.reflect.RecordComponent;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Builds one instance of any error record from distinct, recognisable sample values, so that a test
 * can check every value reaches the rendered text. A record with a component of a new type fails
 * here until a sample for that type is added.
 */
final class ErrorSamples {

    private final AtomicInteger counter = new AtomicInteger();

    static DomainError of(Class<?> errorType) {
        return new ErrorSamples().build(errorType);
    }

    private DomainError build(Class<?> errorType) {
        RecordComponent[] components = errorType.getRecordComponents();
        if (components == null) {
            throw new AssertionError(errorType.getSimpleName() + " should be a record");
        }
        Object[] values = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            values[i] = sample(components[i].getType(), components[i].getName());
        }
        try {
            return (DomainError) errorType.getDeclaredConstructor(types).newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError("cannot build a sample " + errorType.getSimpleName(), e);
        }
    }

    private Object sample(Class<?> type, String name) {
        int n = counter.incrementAndGet();
        if (type == String.class) {
            return "sample-" + name + "-" + n;
        }
        if (type == long.class || type == Long.class) {
            return 4200L + n;
        }
        if (type == Duration.class) {
            return Duration.ofSeconds(30 + n);
        }
        if (type == Instant.class) {
            return Instant.parse("2026-11-21T10:00:00Z").plusSeconds(3600L * n);
        }
        if (type == SubscriptionId.class) {
            return SubscriptionId.of(guid(n));
        }
        if (type == ClientId.class) {
            return ClientId.of(guid(n));
        }
        if (type == TenantId.class) {
            return TenantId.of(guid(n));
        }
        if (type == ObjectId.class) {
            return ObjectId.of(guid(n));
        }
        if (type == BatchId.class) {
            return BatchId.of("sample-batch-" + n);
        }
        if (type == CloudId.class) {
            return CloudId.of(guid(n));
        }
        if (type == RegistrationName.class) {
            return RegistrationName.of("sample-registration-" + n);
        }
        if (type == ResourceGroupName.class) {
            return ResourceGroupName.of("sample-group-" + n);
        }
        if (type == RegistrationKey.class) {
            return RegistrationKey.of(guid(n), "sample-group-" + n, "sample-registration-" + n);
        }
        if (type == BillingModel.class) {
            return BillingModel.Capacity;
        }
        if (type == OfferType.class) {
            return OfferType.EA;
        }
        if (type == TokenProblem.class) {
            return TokenProblem.EXPIRED;
        }
        if (type == io.vavr.control.Option.class) {
            return io.vavr.control.Option.none();
        }
        if (type == Seq.class) {
            return List.of(Violation.of("sample-field-" + n, "sample-value-" + n, Rule.NOT_A_GUID));
        }
        throw new AssertionError("no sample value for a " + type.getName() + " (component " + name + "); add one to ErrorSamples");
    }

    private static String guid(int n) {
        return String.format("%08d-0000-4000-8000-%012d", n, n);
    }
}
