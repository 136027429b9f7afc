package io.stackbridge.adapters.sqlite.emulator;

import io.stackbridge.adapters.sqlite.db.Sql;
import io.stackbridge.adapters.sqlite.db.SqliteDatabase;
import io.stackbridge.application.port.out.WorldPort;
import io.stackbridge.domain.directory.DirectorySubscription;
import io.stackbridge.domain.directory.OfferType;
import io.stackbridge.domain.directory.PartnerId;
import io.stackbridge.domain.id.ClientId;
import io.stackbridge.domain.id.ObjectId;
import io.stackbridge.domain.id.SubscriptionId;
import io.stackbridge.domain.id.TenantId;
import io.stackbridge.domain.identity.ClientSecret;
import io.stackbridge.domain.identity.CertificatePem;
import io.stackbridge.domain.identity.ClientCertificate;
import io.stackbridge.domain.identity.ServicePrincipal;
import io.vavr.control.Option;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The subscriptions and principals put into the emulator's world since the last reset, kept in
 * SQLite (a put for the same ID changes the row and keeps its place), and replayed in that order.
 */
@Singleton
public final class SqliteWorldChanges {

    private final SqliteDatabase database;

    @Inject
    public SqliteWorldChanges(SqliteDatabase database) {
        this.database = database;
    }

    public void putSubscription(DirectorySubscription subscription) {
        database.inTransaction(connection -> Sql.update(connection, "INSERT INTO world_subscriptions (id_key, id, offer_type, "
                        + "csp_partner_id, tenant_id) VALUES (?, ?, ?, ?, ?) ON CONFLICT (id_key) DO UPDATE SET id = excluded.id, "
                        + "offer_type = excluded.offer_type, csp_partner_id = excluded.csp_partner_id, tenant_id = excluded.tenant_id",
                subscription.id().guid().key(), subscription.id().value(), subscription.offer().name(),
                subscription.cspPartner().map(PartnerId::value).getOrNull(), subscription.tenant().value()));
    }

    public void putPrincipal(ServicePrincipal principal) {
        database.inTransaction(connection -> Sql.update(connection, "INSERT INTO world_principals (tenant_key, client_key, tenant_id, "
                        + "client_id, object_id, secret, enabled, display_name, certificate) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
                        + "ON CONFLICT (tenant_key, client_key) DO UPDATE SET tenant_id = excluded.tenant_id, client_id = excluded.client_id, "
                        + "object_id = excluded.object_id, secret = excluded.secret, enabled = excluded.enabled, "
                        + "display_name = excluded.display_name, certificate = excluded.certificate",
                principal.tenantId().guid().key(), principal.clientId().guid().key(), principal.tenantId().value(),
                principal.clientId().value(), principal.objectId().value(), principal.secret().value(), principal.enabled() ? 1 : 0,
                principal.displayName(), principal.certificate().map(ClientCertificate::pem).getOrNull()));
    }

    /** Puts every kept change into {@code world}, in the order they were first made. */
    public void replayInto(WorldPort world) {
        database.inTransaction(connection -> {
            Sql.query(connection, "SELECT * FROM world_subscriptions ORDER BY rowid", SqliteWorldChanges::subscription)
                    .forEach(world::putSubscription);
            Sql.query(connection, "SELECT * FROM world_principals ORDER BY rowid", SqliteWorldChanges::principal)
                    .forEach(world::putPrincipal);
            return null;
        });
    }

    private static DirectorySubscription subscription(ResultSet row) throws SQLException {
        return new DirectorySubscription(SubscriptionId.of(row.getString("id")), OfferType.valueOf(row.getString("offer_type")),
                Option.of(row.getString("csp_partner_id")).map(PartnerId::of), TenantId.of(row.getString("tenant_id")));
    }

    private static ServicePrincipal principal(ResultSet row) throws SQLException {
        return new ServicePrincipal(TenantId.of(row.getString("tenant_id")), ClientId.of(row.getString("client_id")),
                ObjectId.of(row.getString("object_id")), new ClientSecret(row.getString("secret")), row.getInt("enabled") == 1,
                row.getString("display_name"), Option.of(row.getString("certificate"))
                        .flatMap(pem -> CertificatePem.parse("certificate", pem).toOption()));
    }
}
