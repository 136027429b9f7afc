package io.stackbridge.adapters.sqlite.emulator;

import io.stackbridge.adapters.sqlite.db.Sql;
import io.stackbridge.adapters.sqlite.rows.NodeRows;
import io.stackbridge.adapters.sqlite.text.FormText;
import io.stackbridge.domain.billing.BillingModel;
import io.stackbridge.domain.id.CloudId;
import io.stackbridge.domain.id.ObjectId;
import io.stackbridge.domain.registration.ETag;
import io.stackbridge.domain.registration.NodeHardware;
import io.stackbridge.domain.registration.Registration;
import io.stackbridge.domain.registration.RegistrationKey;
import io.stackbridge.domain.registration.RegistrationTokenContent;
import io.vavr.collection.List;
import io.vavr.control.Option;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** A registration as a row of {@code registrations} and one row of {@code registration_nodes} per node, written and read back whole. */
final class RegistrationRows {

    private static final String INSERT = "INSERT INTO registrations (subscription_key, resource_group_key, name_key, "
            + "subscription_id, resource_group, name, cloud_key, cloud_id, object_id, billing_model, usage_reporting_enabled, "
            + "marketplace_syndication_enabled, agreement_number, ms_asset_tag, issuer, token_version, tags, etag) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private RegistrationRows() {
    }

    static void insert(Connection connection, Registration registration) throws SQLException {
        RegistrationKey key = registration.key();
        RegistrationTokenContent token = registration.token();
        Object[] values = {key.subscriptionId().guid().key(), key.resourceGroup().key(), key.name().key(), key.subscriptionId().value(),
                key.resourceGroup().value(), key.name().value(), token.cloudId().guid().key(), token.cloudId().value(),
                token.objectId().value(), token.billingModel().name(), flag(token.usageReportingEnabled()),
                flag(token.marketplaceSyndicationEnabled()), token.agreementNumber().getOrNull(), token.msAssetTag().getOrNull(),
                token.issuer(), token.version(), FormText.ofMap(registration.tags()), registration.etag().value()};
        long id;
        try (PreparedStatement insert = connection.prepareStatement(INSERT, Statement.RETURN_GENERATED_KEYS)) {
            Sql.bind(insert, 1, values);
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                id = keys.getLong(1);
            }
        }
        NodeRows.insert(connection, "registration_nodes", id, token.hardwareInfo());
    }

    /** The registrations matching {@code condition}, each with its nodes, ordered by {@code order}. */
    static List<Registration> select(Connection connection, String condition, String order, Object... parameters) throws SQLException {
        List<Long> ids = Sql.query(connection, "SELECT id FROM registrations WHERE " + condition + " ORDER BY " + order,
                row -> row.getLong(1), parameters);
        List<Registration> found = List.empty();
        for (long id : ids) {
            List<NodeHardware> nodes = NodeRows.of(connection, "registration_nodes", id);
            found = found.append(Sql.first(connection, "SELECT * FROM registrations WHERE id = ?", row -> registration(row, nodes), id).get());
        }
        return found;
    }

    private static Registration registration(ResultSet row, List<NodeHardware> nodes) throws SQLException {
        RegistrationKey key = RegistrationKey.of(row.getString("subscription_id"), row.getString("resource_group"), row.getString("name"));
        RegistrationTokenContent token = new RegistrationTokenContent(CloudId.of(row.getString("cloud_id")),
                ObjectId.of(row.getString("object_id")), BillingModel.valueOf(row.getString("billing_model")),
                row.getInt("usage_reporting_enabled") == 1, row.getInt("marketplace_syndication_enabled") == 1,
                Option.of(row.getString("agreement_number")), Option.of(row.getString("ms_asset_tag")), nodes,
                row.getString("issuer"), row.getString("token_version"));
        return new Registration(key, token, FormText.toMap(row.getString("tags")), new ETag(row.getString("etag")));
    }

    private static int flag(boolean value) {
        return value ? 1 : 0;
    }
}
