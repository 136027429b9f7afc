package io.stackbridge.adapters.sqlite.stamp;

import io.stackbridge.adapters.sqlite.db.Sql;
import io.stackbridge.adapters.sqlite.db.SqliteDatabase;
import io.stackbridge.adapters.sqlite.rows.NodeRows;
import io.stackbridge.adapters.sqlite.text.StoredInstant;
import io.stackbridge.application.port.out.ActivationStorePort;
import io.stackbridge.domain.billing.BillingModel;
import io.stackbridge.domain.id.CloudId;
import io.stackbridge.domain.id.ObjectId;
import io.stackbridge.domain.id.RegistrationName;
import io.stackbridge.domain.id.ResourceGroupName;
import io.stackbridge.domain.id.SubscriptionId;
import io.stackbridge.domain.registration.ActivationKey;
import io.stackbridge.domain.registration.ActivationKeyClaims;
import io.stackbridge.domain.registration.NodeHardware;
import io.stackbridge.domain.stamp.Activation;
import io.vavr.collection.List;
import io.vavr.control.Option;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;

/** The activation the stamp applied, in SQLite: the signed key as received, its claims as verified, and when it was applied. */
@Singleton
public final class SqliteActivationStore implements ActivationStorePort {

    private static final String INSERT = "INSERT INTO activation (id, activation_key, applied_at, subscription_id, resource_group, "
            + "registration_name, cloud_id, object_id, billing_model, usage_reporting_enabled, marketplace_syndication_enabled, "
            + "usage_endpoint, usage_resource_uri, expires, issuer, token_version) VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private final SqliteDatabase database;

    @Inject
    public SqliteActivationStore(SqliteDatabase database) {
        this.database = database;
    }

    @Override
    public Option<Activation> current() {
        return database.read(connection -> {
            List<NodeHardware> nodes = NodeRows.of(connection, "activation_nodes", 1);
            return Sql.first(connection, "SELECT * FROM activation WHERE id = 1", row -> read(row, nodes));
        });
    }

    @Override
    public void save(Activation activation) {
        ActivationKeyClaims c = activation.claims();
        database.inTransaction(connection -> {
            clear(connection);
            Sql.update(connection, INSERT, activation.key().value(), StoredInstant.text(activation.appliedAt()), c.subscriptionId().value(),
                    c.resourceGroupName().value(), c.registrationName().value(), c.cloudId().value(), c.objectId().value(),
                    c.billingModel().name(), c.usageReportingEnabled() ? 1 : 0, c.marketplaceSyndicationEnabled() ? 1 : 0,
                    c.usageEndpoint(), c.usageResourceUri(), StoredInstant.text(c.expires()), c.issuer(), c.version());
            NodeRows.insert(connection, "activation_nodes", 1, c.hardwareInfo());
            return null;
        });
    }

    @Override
    public void clear() {
        database.inTransaction(SqliteActivationStore::clear);
    }

    private static int clear(Connection connection) throws SQLException {
        return Sql.update(connection, "DELETE FROM activation");
    }

    private static Activation read(ResultSet row, List<NodeHardware> nodes) throws SQLException {
        ActivationKeyClaims claims = new ActivationKeyClaims(SubscriptionId.of(row.getString("subscription_id")),
                ResourceGroupName.of(row.getString("resource_group")), RegistrationName.of(row.getString("registration_name")),
                CloudId.of(row.getString("cloud_id")), ObjectId.of(row.getString("object_id")),
                BillingModel.valueOf(row.getString("billing_model")), row.getInt("usage_reporting_enabled") == 1,
                row.getInt("marketplace_syndication_enabled") == 1, row.getString("usage_endpoint"), row.getString("usage_resource_uri"),
                nodes, StoredInstant.parse(row.getString("expires")), row.getString("issuer"), row.getString("token_version"));
        return new Activation(new ActivationKey(row.getString("activation_key")), claims, StoredInstant.parse(row.getString("applied_at")));
    }
}
