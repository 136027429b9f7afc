package io.stackbridge.adapters.sqlite.rows;

import io.stackbridge.adapters.sqlite.db.Sql;
import io.stackbridge.adapters.sqlite.text.JsonText;
import io.stackbridge.domain.registration.NodeHardware;
import io.vavr.collection.List;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The hardware nodes of a registration, a stamp or an activation, one row each in a table of their
 * own ({@code owner_id, position, name, uuid, num_cores, bios, nic, cpu, disk, memory}), in order.
 */
public final class NodeRows {

    private NodeRows() {
    }

    public static void insert(Connection connection, String table, long owner, List<NodeHardware> nodes) throws SQLException {
        String insert = "INSERT INTO " + table + " (owner_id, position, name, uuid, num_cores, bios, nic, cpu, disk, memory) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        for (int position = 0; position < nodes.size(); position++) {
            NodeHardware node = nodes.get(position);
            Sql.update(connection, insert, owner, position, node.name(), node.uuid(), node.numCores(), JsonText.ofList(node.bios()),
                    JsonText.ofList(node.nic()), JsonText.ofList(node.cpu()), JsonText.ofList(node.disk()), JsonText.ofList(node.memory()));
        }
    }

    public static List<NodeHardware> of(Connection connection, String table, long owner) throws SQLException {
        return Sql.query(connection, "SELECT * FROM " + table + " WHERE owner_id = ? ORDER BY position", NodeRows::node, owner);
    }

    private static NodeHardware node(ResultSet row) throws SQLException {
        return new NodeHardware(row.getString("name"), row.getString("uuid"), row.getInt("num_cores"),
                JsonText.toList(row.getString("bios")), JsonText.toList(row.getString("nic")), JsonText.toList(row.getString("cpu")),
                JsonText.toList(row.getString("disk")), JsonText.toList(row.getString("memory")));
    }
}
