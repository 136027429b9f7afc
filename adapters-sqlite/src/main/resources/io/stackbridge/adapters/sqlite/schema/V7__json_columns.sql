-- Version 7: maps (tags, additional info) and lists (a node's hardware identifiers) are JSON text,
-- an object or an array of strings in their order, instead of form-encoded text: readable as they
-- are and by SQLite's json functions. Every stored value is rewritten; nothing else changes. The
-- functions form_map_json and form_list_json exist while the migration runs (FormEncodedColumns).

UPDATE registrations SET tags = form_map_json(tags);
UPDATE resource_groups SET tags = form_map_json(tags);
UPDATE ledger_batch_records SET tags = form_map_json(tags), additional_info = form_map_json(additional_info);
UPDATE ledger_entries SET tags = form_map_json(tags), additional_info = form_map_json(additional_info);
UPDATE usage_detail SET tags = form_map_json(tags), additional_info = form_map_json(additional_info);

UPDATE registration_nodes
   SET bios = form_list_json(bios), nic = form_list_json(nic), cpu = form_list_json(cpu),
       disk = form_list_json(disk), memory = form_list_json(memory);
UPDATE stamp_nodes
   SET bios = form_list_json(bios), nic = form_list_json(nic), cpu = form_list_json(cpu),
       disk = form_list_json(disk), memory = form_list_json(memory);
UPDATE activation_nodes
   SET bios = form_list_json(bios), nic = form_list_json(nic), cpu = form_list_json(cpu),
       disk = form_list_json(disk), memory = form_list_json(memory);
