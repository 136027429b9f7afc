package io.stackbridge.adapters.http.server.admin;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.HandlerType;
import io.stackbridge.adapters.http.server.pipeline.Call;
import io.stackbridge.adapters.http.server.pipeline.JsonBody;
import io.stackbridge.adapters.http.server.pipeline.Reply;
import io.stackbridge.application.port.in.admin.PutDirectorySubscriptionUseCase;
import io.stackbridge.application.port.in.admin.PutServicePrincipalUseCase;
import io.stackbridge.application.port.in.admin.ReadWorldUseCase;
import io.stackbridge.domain.text.Excerpt;
import io.stackbridge.adapters.support.json.JsonFields;
import io.stackbridge.adapters.support.json.JsonSecrets;
import io.stackbridge.adapters.support.world.WorldView;
import io.stackbridge.domain.directory.DirectorySubscription;
import io.stackbridge.domain.directory.OfferType;
import io.stackbridge.domain.directory.PartnerId;
import io.stackbridge.domain.error.ArmError;
import io.stackbridge.domain.error.DomainError;
import io.stackbridge.domain.id.ClientId;
import io.stackbridge.domain.id.ObjectId;
import io.stackbridge.domain.id.SubscriptionId;
import io.stackbridge.domain.id.TenantId;
import io.stackbridge.domain.identity.CertificatePem;
import io.stackbridge.domain.identity.ClientCertificate;
import io.stackbridge.domain.identity.ClientSecret;
import io.stackbridge.domain.identity.ServicePrincipal;
import io.stackbridge.domain.validation.Rule;
import io.stackbridge.domain.validation.Violation;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import jakarta.inject.Inject;

/** The emulated world: read it, put a directory subscription, put a service principal. */
public final class WorldRoutes {

    private final ReadWorldUseCase readWorld;
    private final PutDirectorySubscriptionUseCase putDirectorySubscription;
    private final PutServicePrincipalUseCase putServicePrincipal;

    @Inject
    public WorldRoutes(ReadWorldUseCase readWorld, PutDirectorySubscriptionUseCase putDirectorySubscription,
                       PutServicePrincipalUseCase putServicePrincipal) {
        this.readWorld = readWorld;
        this.putDirectorySubscription = putDirectorySubscription;
        this.putServicePrincipal = putServicePrincipal;
    }

    public List<AdminRoute> routes() {
        return List.of(
                AdminRoute.of(HandlerType.GET, "/world", call -> Either.right(Reply.ok(WorldView.of(readWorld.world())))),
                AdminRoute.of(HandlerType.PUT, "/world/subscriptions/{id}", this::putSubscription),
                AdminRoute.of(HandlerType.PUT, "/world/principals/{tenant}/{client}", this::putPrincipal));
    }

    private Either<DomainError, Reply> putSubscription(Call call) {
        return JsonBody.required(call).flatMap(json -> subscription(call.path("id"), json).toEither()
                        .<DomainError>mapLeft(ArmError.InvalidRequestContent::new))
                .map(subscription -> Reply.ok(WorldView.of(putDirectorySubscription.put(subscription))));
    }

    private Either<DomainError, Reply> putPrincipal(Call call) {
        return JsonBody.required(call).flatMap(json -> principal(call.path("tenant"), call.path("client"), json).toEither()
                        .<DomainError>mapLeft(ArmError.InvalidRequestContent::new))
                .map(principal -> Reply.ok(WorldView.of(putServicePrincipal.put(principal))));
    }

    /** {@code {"offerType", "cspPartnerId" (CSP offers only), "tenantId"}}. */
    static Validation<Seq<Violation>, DirectorySubscription> subscription(String id, JsonNode json) {
        JsonFields body = JsonFields.root(json);
        Option<SubscriptionId> subscription = body.parsed(SubscriptionId.parse("id", id));
        Option<OfferType> offer = body.requiredText("offerType").flatMap(text -> body.parsed(OfferType.parse(text)));
        Option<String> partnerText = body.text("cspPartnerId");
        Option<PartnerId> partner = partnerText.flatMap(text -> body.parsed(PartnerId.parse(text)));
        Option<TenantId> tenant = body.requiredText("tenantId").flatMap(text -> body.parsed(TenantId.parse(text)));
        if (offer.exists(OfferType::isCsp) && partnerText.isEmpty()) {
            body.report(Violation.of(PartnerId.FIELD, "", Rule.REQUIRED));
        }
        if (offer.exists(found -> !found.isCsp()) && partnerText.isDefined()) {
            body.report(Violation.of(OfferType.FIELD, offer.get().name(), Rule.CONFLICTS_WITH, PartnerId.FIELD,
                    Excerpt.of(partnerText.get())));
        }
        return body.result(() -> new DirectorySubscription(subscription.get(), offer.get(), partner, tenant.get()));
    }

    /**
     * {@code {"objectId", "secret", "certificate" (PEM)?, "enabled" (default true), "displayName"?}}: the secret
     * may be left out when a certificate is given (the principal then signs in with the certificate only). The body
     * holds a secret: no problem found quotes the secret, the certificate or the body back ({@link JsonSecrets}).
     */
    static Validation<Seq<Violation>, ServicePrincipal> principal(String tenantId, String clientId, JsonNode json) {
        JsonFields body = JsonSecrets.root(json);
        Option<TenantId> tenant = body.parsed(TenantId.parse("tenantId", tenantId));
        Option<ClientId> client = body.parsed(ClientId.parse("clientId", clientId));
        Option<ObjectId> object = body.requiredText("objectId").flatMap(text -> body.parsed(ObjectId.parse(text)));
        Option<ClientCertificate> certificate = JsonSecrets.text(body, "certificate")
                .flatMap(pem -> body.parsed(CertificatePem.parse("certificate", pem)));
        Option<String> secret = certificate.isDefined() && body.member("secret").isEmpty()
                ? Option.some(ClientSecret.unusable().value()) : JsonSecrets.required(body, "secret");
        boolean enabled = body.bool("enabled").getOrElse(true);
        String displayName = body.text("displayName").getOrElse("");
        return body.result(() -> new ServicePrincipal(tenant.get(), client.get(), object.get(), new ClientSecret(secret.get()),
                enabled, displayName, certificate));
    }
}
