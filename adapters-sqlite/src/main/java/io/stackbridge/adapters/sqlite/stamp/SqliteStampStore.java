package io.stackbridge.adapters.sqlite.stamp;

import io.stackbridge.adapters.sqlite.db.Sql;
import io.stackbridge.adapters.sqlite.db.SqliteDatabase;
import io.stackbridge.adapters.sqlite.rows.NodeRows;
import io.stackbridge.application.port.out.StampStorePort;
import io.stackbridge.domain.billing.BillingModel;
import io.stackbridge.domain.id.ClientId;
import io.stackbridge.domain.id.CloudId;
import io.stackbridge.domain.id.ObjectId;
import io.stackbridge.domain.id.TenantId;
import io.stackbridge.domain.identity.CertificateCredential;
import io.stackbridge.domain.identity.ClientSecret;
import io.stackbridge.domain.registration.NodeHardware;
import io.stackbridge.domain.stamp.BillingChoice;
import io.stackbridge.domain.stamp.BridgePrincipal;
import io.stackbridge.domain.stamp.Stamp;
import io.vavr.collection.List;
import io.vavr.control.Option;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import java.net.URI;
import java.sql.ResultSet;
import java.sql.SQLException;

/** The stamp's identity, billing choice and bridge principal in SQLite: the stamp it was set up for until one is saved. */
@Singleton
public final class SqliteStampStore implements StampStorePort {

    private static final String INSERT = "INSERT INTO stamp (id, cloud_id, billing_model, usage_reporting, marketplace_syndication, "
            + "agreement_number, ms_asset_tag, login_endpoint, tenant_id, client_id, object_id, client_secret, "
            + "client_certificate, client_key) VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private final SqliteDatabase database;
    private final Stamp initial;

    @Inject
    public SqliteStampStore(SqliteDatabase database, Stamp initial) {
        this.database = database;
        this.initial = initial;
    }

    @Override
    public Stamp stamp() {
        return saved(database).getOrElse(initial);
    }

    /** The stamp saved in {@code database}, if one ever was (a data directory that holds a stamp). */
    public static Option<Stamp> saved(SqliteDatabase database) {
        return database.read(connection -> {
            List<NodeHardware> nodes = NodeRows.of(connection, "stamp_nodes", 1);
            return Sql.first(connection, "SELECT * FROM stamp WHERE id = 1", row -> read(row, nodes));
        });
    }

    @Override
    public void save(Stamp stamp) {
        BillingChoice billing = stamp.billing();
        BridgePrincipal principal = stamp.principal();
        database.inTransaction(connection -> {
            Sql.update(connection, "DELETE FROM stamp");
            Sql.update(connection, INSERT, stamp.cloudId().value(), billing.model().name(),
                    billing.usageReporting().map(enabled -> enabled ? 1 : 0).getOrNull(), billing.marketplaceSyndication() ? 1 : 0,
                    billing.agreementNumber().getOrNull(), billing.msAssetTag().getOrNull(), principal.loginEndpoint().toString(),
                    principal.tenantId().value(), principal.clientId().value(), principal.objectId().value(), principal.secret().value(),
                    principal.certificate().map(credential -> credential.certificate().pem()).getOrNull(),
                    principal.certificate().map(CertificateCredential::privateKeyPem).getOrNull());
            NodeRows.insert(connection, "stamp_nodes", 1, stamp.nodes());
            return null;
        });
    }

    /** The bridge principal's certificate credential, when the stamp keeps one. */
    private static Option<CertificateCredential> certificate(ResultSet row) throws SQLException {
        String certificate = row.getString("client_certificate");
        String key = row.getString("client_key");
        return certificate == null || key == null ? Option.none()
                : CertificateCredential.parse("client_certificate", certificate + key).toOption();
    }

    private static Stamp read(ResultSet row, List<NodeHardware> nodes) throws SQLException {
        int reporting = row.getInt("usage_reporting");
        Option<Boolean> usageReporting = row.wasNull() ? Option.none() : Option.some(reporting == 1);
        BillingChoice billing = new BillingChoice(BillingModel.valueOf(row.getString("billing_model")), usageReporting,
                row.getInt("marketplace_syndication") == 1, Option.of(row.getString("agreement_number")),
                Option.of(row.getString("ms_asset_tag")));
        BridgePrincipal principal = new BridgePrincipal(URI.create(row.getString("login_endpoint")), TenantId.of(row.getString("tenant_id")),
                ClientId.of(row.getString("client_id")), ObjectId.of(row.getString("object_id")),
                new ClientSecret(row.getString("client_secret")), certificate(row));
        return new Stamp(CloudId.of(row.getString("cloud_id")), nodes, billing, principal);
    }
}
