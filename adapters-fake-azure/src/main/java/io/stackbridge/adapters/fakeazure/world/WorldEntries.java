package io.stackbridge.adapters.fakeazure.world;

import io.stackbridge.adapters.fakeazure.json.JsonFields;
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
import io.stackbridge.domain.identity.ClientSecret;
import io.stackbridge.domain.identity.ServicePrincipal;
import io.stackbridge.domain.validation.Violation;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Validation;

/** One entry of each list of the world file, read through the domain's parsers. */
final class WorldEntries {

    static final List<String> SUBSCRIPTION_MEMBERS = List.of("id", "offerType", "cspPartnerId", "tenantId", "displayName");
    static final List<String> PRINCIPAL_MEMBERS = List.of("tenantId", "clientId", "objectId", "secret", "enabled", "displayName");
    static final List<String> GROUP_MEMBERS = List.of("subscriptionId", "name", "location");
    static final List<String> PROVIDER_MEMBERS = List.of("subscriptionId", "namespace");

    private WorldEntries() {
    }

    /** A directory subscription; the CSP partner is required for CSP offers and ignored for the others. */
    static Validation<Seq<Violation>, DirectorySubscription> subscription(JsonFields f) {
        var id = f.parsed("id", SubscriptionId::parse);
        var offer = f.parsed("offerType", (field, text) -> relocated(OfferType.parse(text), field));
        var tenant = f.parsed("tenantId", TenantId::parse);
        var display = f.optionalText("displayName");
        Validation<Seq<Violation>, Option<PartnerId>> partner = offer.isValid() && offer.get().isCsp()
                ? f.parsed("cspPartnerId", (field, text) -> relocated(PartnerId.parse(text), field)).map(Option::some)
                : f.optionalText("cspPartnerId").map(ignored -> Option.none());
        return checked(f, SUBSCRIPTION_MEMBERS, JsonFields.problems(id, offer, tenant, display, partner),
                () -> new DirectorySubscription(id.get(), offer.get(), partner.get(), tenant.get()));
    }

    static Validation<Seq<Violation>, ServicePrincipal> principal(JsonFields f) {
        var tenant = f.parsed("tenantId", TenantId::parse);
        var client = f.parsed("clientId", ClientId::parse);
        var object = f.parsed("objectId", ObjectId::parse);
        var secret = f.requiredText("secret");
        var enabled = f.bool("enabled", true);
        var display = f.optionalText("displayName");
        return checked(f, PRINCIPAL_MEMBERS, JsonFields.problems(tenant, client, object, secret, enabled, display),
                () -> new ServicePrincipal(tenant.get(), client.get(), object.get(), new ClientSecret(secret.get()),
                        enabled.get(), display.get().getOrElse("")));
    }

    static Validation<Seq<Violation>, ResourceGroup> resourceGroup(JsonFields f) {
        var subscription = f.parsed("subscriptionId", SubscriptionId::parse);
        var name = f.parsed("name", ResourceGroupName::parse);
        var location = f.optionalText("location");
        return checked(f, GROUP_MEMBERS, JsonFields.problems(subscription, name, location),
                () -> new ResourceGroup(subscription.get(), name.get(), location.get().getOrNull(), null));
    }

    static Validation<Seq<Violation>, ProviderRegistration> provider(JsonFields f) {
        var subscription = f.parsed("subscriptionId", SubscriptionId::parse);
        var namespace = f.requiredText("namespace");
        return checked(f, PROVIDER_MEMBERS, JsonFields.problems(subscription, namespace),
                () -> new ProviderRegistration(subscription.get(), namespace.get().trim(), ProviderRegistration.State.Registered));
    }

    private static <T> Validation<Seq<Violation>, T> checked(
            JsonFields f, List<String> known, Seq<Violation> problems, java.util.function.Supplier<T> value) {
        return Violation.check(problems.appendAll(f.unknownMembers(known)), value);
    }

    /** A parser that names its own field, re-pointed at the JSON path. */
    private static <T> Validation<Seq<Violation>, T> relocated(Validation<Seq<Violation>, T> parsed, String field) {
        return parsed.mapError(problems -> problems.map(problem -> problem.at(field)));
    }
}
