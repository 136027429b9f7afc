package io.stackbridge.adapters.sqlite.emulator;

import io.stackbridge.adapters.sqlite.db.Sql;
import io.stackbridge.adapters.sqlite.rows.NodeRows;
import io.stackbridge.adapters.sqlite.text.JsonText;
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
                token.issuer(), token.version(), JsonText.ofMap(registration.tags()), registration.etag().value()};
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

    /** The registrations matching {@code condition}, each with its nodes, ordered by {@code order}: their rows selected once. */
    static List<Registration> select(Connection connection, String condition, String order, Object... parameters) throws SQLException {
        List<Row> rows = Sql.query(connection, "SELECT * FROM registrations WHERE " + condition + " ORDER BY " + order,
                RegistrationRows::row, parameters);
        List<Registration> found = List.empty();
        for (Row row : rows) {
            found = found.prepend(row.registration(NodeRows.of(connection, "registration_nodes", row.id())));
        }
        return found.reverse();
    }

    /** A row of {@code registrations} as read, waiting for its nodes. */
    private record Row(long id, RegistrationKey key, CloudId cloudId, ObjectId objectId, BillingModel billingModel,
                       boolean usageReportingEnabled, boolean marketplaceSyndicationEnabled, Option<String> agreementNumber,
                       Option<String> msAssetTag, String issuer, String tokenVersion, String tags, String etag) {

        Registration registration(List<NodeHardware> nodes) {
            RegistrationTokenContent token = new RegistrationTokenContent(cloudId, objectId, billingModel, usageReportingEnabled,
                    marketplaceSyndicationEnabled, agreementNumber, msAssetTag, nodes, issuer, tokenVersion);
            return new Registration(key, token, JsonText.toMap(tags), new ETag(etag));
        }
    }

    private static Row row(ResultSet row) throws SQLException {
        return new Row(row.getLong("id"), RegistrationKey.of(row.getString("subscription_id"), row.getString("resource_group"),
                row.getString("name")), CloudId.of(row.getString("cloud_id")), ObjectId.of(row.getString("object_id")),
                BillingModel.valueOf(row.getString("billing_model")), row.getInt("usage_reporting_enabled") == 1,
                row.getInt("marketplace_syndication_enabled") == 1, Option.of(row.getString("agreement_number")),
                Option.of(row.getString("ms_asset_tag")), row.getString("issuer"), row.getString("token_version"),
                row.getString("tags"), row.getString("etag"));
    }

    private static int flag(boolean value) {
        return value ? 1 : 0;
    }
}
