package io.stackbridge.adapters.cli.azure;

import io.stackbridge.domain.arm.ResourceIds;
import io.stackbridge.domain.fault.FaultEffect;
import io.stackbridge.domain.fault.FaultRule;
import io.stackbridge.domain.journal.JournalEntry;
import io.stackbridge.domain.registration.RegistrationKey;
import io.stackbridge.domain.registration.RegistrationSummary;
import io.stackbridge.domain.tenant.CustomerSubscription;
import io.stackbridge.domain.usage.LedgerGroup;
import io.stackbridge.domain.usage.ReceivedBatch;

import java.util.LinkedHashMap;
import java.util.Map;

/** The {@code azure} commands' JSON objects (docs/cli.md, "The Azure side"): plain maps, instants and quantities as strings. */
final class AzureViews {

    private AzureViews() {
    }

    static Map<String, Object> registration(RegistrationSummary summary) {
        Map<String, Object> view = key(summary.key());
        view.put("cloudId", summary.cloudId().value());
        view.put("objectId", summary.objectId().value());
        view.put("billingModel", summary.billingModel().name());
        view.put("etag", summary.etag().value());
        view.put("tags", summary.tags().toJavaMap());
        return view;
    }

    static Map<String, Object> key(RegistrationKey key) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", ResourceIds.registration(key));
        view.put("subscriptionId", key.subscriptionId().value());
        view.put("resourceGroup", key.resourceGroup().value());
        view.put("name", key.name().value());
        return view;
    }

    static Map<String, Object> tenant(CustomerSubscription tenant) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("subscriptionId", tenant.subscriptionId().value());
        view.put("tenantId", tenant.tenantId().value());
        view.put("registration", ResourceIds.registration(tenant.registration()));
        view.put("etag", tenant.etag().value());
        return view;
    }

    static Map<String, Object> rule(FaultRule rule) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", rule.id());
        view.put("operation", rule.match().operation().map(Enum::name).getOrNull());
        view.put("subscriptionId", rule.match().subscription().map(id -> id.value()).getOrNull());
        view.put("registrationName", rule.match().registration().map(name -> name.value()).getOrNull());
        view.put("probability", rule.probability());
        view.put("times", rule.remaining().getOrNull());
        view.put("effect", effect(rule.effect()));
        return view;
    }

    static Map<String, Object> effect(FaultEffect effect) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("type", effectType(effect));
        if (effect instanceof FaultEffect.ReturnError error) {
            view.put("code", error.code().name());
        } else if (effect instanceof FaultEffect.Delay delay) {
            view.put("millis", delay.delay().toMillis());
        } else if (effect instanceof FaultEffect.ShiftClock shift) {
            view.put("seconds", shift.offset().toSeconds());
        }
        return view;
    }

    /** The effect's type as the admin API spells it ({@code returnError}, {@code untrustedCertificate}…). */
    static String effectType(FaultEffect effect) {
        String name = effect.getClass().getSimpleName();
        return Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }

    static Map<String, Object> entry(JournalEntry entry) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("sequence", entry.sequence());
        view.put("at", entry.at().toString());
        view.put("operation", entry.operation().name());
        view.put("resource", entry.resource());
        view.put("outcome", entry.outcome());
        view.put("faultRule", entry.faultRule().getOrNull());
        return view;
    }

    static Map<String, Object> group(LedgerGroup group) {
        Map<String, Object> view = new LinkedHashMap<>();
        group.billedTo().forEach(id -> view.put("subscriptionId", id.value()));
        group.meterId().forEach(id -> view.put("meterId", id.value()));
        group.hour().forEach(hour -> view.put("hour", hour.start().toString()));
        group.registration().forEach(key -> view.put("registration", ResourceIds.registration(key)));
        view.put("records", group.records());
        view.put("quantity", group.quantity().toString());
        return view;
    }

    static Map<String, Object> batch(ReceivedBatch batch) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", batch.id().value());
        view.put("cloudId", batch.cloudId().value());
        view.put("records", batch.records());
        view.put("booked", batch.booked());
        view.put("firstSeen", batch.firstSeen().map(Object::toString).getOrNull());
        return view;
    }
}
