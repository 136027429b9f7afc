package io.stackbridge.adapters.support.world;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stackbridge.adapters.support.json.JsonFields;
import io.stackbridge.adapters.support.json.JsonSecrets;
import io.stackbridge.domain.arm.ProviderRegistration;
import io.stackbridge.domain.arm.ResourceGroup;
import io.stackbridge.domain.directory.DirectorySubscription;
import io.stackbridge.domain.directory.OfferType;
import io.stackbridge.domain.directory.PartnerId;
import io.stackbridge.domain.id.ClientId;
import io.stackbridge.domain.id.ObjectId;
import io.stackbridge.domain.id.ResourceGroupName;
import io.stackbridge.domain.id.SubscriptionId;
import io.stackbridge.domain.id.TenantId;
import io.stackbridge.domain.identity.CertificatePem;
import io.stackbridge.domain.identity.ClientCertificate;
import io.stackbridge.domain.identity.ClientSecret;
import io.stackbridge.domain.identity.ServicePrincipal;
import io.stackbridge.domain.validation.Violation;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Validation;

import java.util.function.Supplier;

/** One entry of each list of the world, read through the domain's parsers and written with the members both views share. */
final class WorldEntries {

    static final List<String> SUBSCRIPTION_MEMBERS = List.of("id", "offerType", "cspPartnerId", "tenantId", "displayName");
    static final List<String> PRINCIPAL_MEMBERS = List.of("tenantId", "clientId", "objectId", "secret", "enabled", "displayName",
            "certificate");
    static final List<String> GROUP_MEMBERS = List.of("subscriptionId", "name", "location");
    static final List<String> PROVIDER_MEMBERS = List.of("subscriptionId", "namespace");

    private WorldEntries() {
    }

    /** A directory subscription; the CSP partner is required for CSP offers and ignored for the others. */
    static Option<DirectorySubscription> subscription(JsonFields f) {
        var id = f.parsed("id", SubscriptionId::parse);
        var offer = f.parsed("offerType", (field, text) -> named(OfferType.parse(text), field));
        var tenant = f.parsed("tenantId", TenantId::parse);
        f.text("displayName");
        Option<Option<PartnerId>> partner = offer.exists(OfferType::isCsp)
                ? f.parsed("cspPartnerId", (field, text) -> named(PartnerId.parse(text), field)).map(Option::some)
                : Option.some(f.text("cspPartnerId").<PartnerId>flatMap(ignored -> Option.none()));
        return complete(f, SUBSCRIPTION_MEMBERS, List.<Option<?>>of(id, offer, tenant, partner),
                () -> new DirectorySubscription(id.get(), offer.get(), partner.get(), tenant.get()));
    }

    /**
     * A principal with a secret, a certificate (PEM), or both; with a certificate only, no secret signs it in. Neither
     * is quoted back in a problem ({@link JsonSecrets}).
     */
    static Option<ServicePrincipal> principal(JsonFields f) {
        var tenant = f.parsed("tenantId", TenantId::parse);
        var client = f.parsed("clientId", ClientId::parse);
        var object = f.parsed("objectId", ObjectId::parse);
        Option<Option<ClientCertificate>> certificate = f.member("certificate").isEmpty() ? Option.some(Option.none())
                : JsonSecrets.text(f, "certificate").flatMap(pem -> f.parsed(CertificatePem.parse("certificate", pem))).map(Option::some);
        var secret = certificate.exists(Option::isDefined) && f.member("secret").isEmpty()
                ? Option.some(ClientSecret.unusable().value()) : JsonSecrets.filled(f, "secret");
        var enabled = f.bool("enabled", true);
        var display = f.text("displayName");
        return complete(f, PRINCIPAL_MEMBERS, List.<Option<?>>of(tenant, client, object, secret, enabled, certificate),
                () -> new ServicePrincipal(tenant.get(), client.get(), object.get(), new ClientSecret(secret.get()),
                        enabled.get(), display.getOrElse(""), certificate.get()));
    }

    static Option<ResourceGroup> resourceGroup(JsonFields f) {
        var subscription = f.parsed("subscriptionId", SubscriptionId::parse);
        var name = f.parsed("name", ResourceGroupName::parse);
        var location = f.text("location");
        return complete(f, GROUP_MEMBERS, List.<Option<?>>of(subscription, name),
                () -> new ResourceGroup(subscription.get(), name.get(), location.getOrNull(), null));
    }

    static Option<ProviderRegistration> provider(JsonFields f) {
        var subscription = f.parsed("subscriptionId", SubscriptionId::parse);
        var namespace = f.filledText("namespace");
        return complete(f, PROVIDER_MEMBERS, List.<Option<?>>of(subscription, namespace),
                () -> new ProviderRegistration(subscription.get(), namespace.get().trim(), ProviderRegistration.State.Registered));
    }

    static ObjectNode write(ObjectNode entry, DirectorySubscription subscription) {
        entry.put("id", subscription.id().value()).put("offerType", subscription.offer().name());
        subscription.cspPartner().forEach(partner -> entry.put("cspPartnerId", partner.value()));
        return entry.put("tenantId", subscription.tenant().value());
    }

    /** A principal's names, never its secret. */
    static ObjectNode write(ObjectNode entry, ServicePrincipal principal) {
        return entry.put("tenantId", principal.tenantId().value())
                .put("clientId", principal.clientId().value())
                .put("objectId", principal.objectId().value());
    }

    static ObjectNode write(ObjectNode entry, ResourceGroup group) {
        entry.put("subscriptionId", group.subscriptionId().value()).put("name", group.name().value());
        return group.location() == null ? entry : entry.put("location", group.location());
    }

    static ObjectNode write(ObjectNode entry, ProviderRegistration provider) {
        return entry.put("subscriptionId", provider.subscriptionId().value()).put("namespace", provider.namespace());
    }

    /** The entry when every part was read, after reporting the members it does not know. */
    private static <T> Option<T> complete(JsonFields f, List<String> known, List<Option<?>> parts, Supplier<T> entry) {
        f.rejectUnknownMembers(known);
        return parts.forAll(Option::isDefined) ? Option.some(entry.get()) : Option.none();
    }

    /** A parser that names its own field, re-pointed at the member read. */
    private static <T> Validation<Seq<Violation>, T> named(Validation<Seq<Violation>, T> parsed, String field) {
        return parsed.mapError(problems -> problems.map(problem -> problem.at(field)));
    }
}
