-- Version 8: each accepted batch keeps when it arrived and how many records it carried and booked,
-- so the batch list reads one row a batch instead of counting the ledger's records and entries, and
-- a batch that booked nothing (an earlier batch had booked all its records) still has its time.
-- A batch accepted before this step gets its first entry's time; one that booked nothing has none.
-- The index serves the batch list of one cloud, in the order accepted (rowid).

ALTER TABLE ledger_batches ADD COLUMN arrived_at TEXT;
ALTER TABLE ledger_batches ADD COLUMN records INTEGER NOT NULL DEFAULT 0;
ALTER TABLE ledger_batches ADD COLUMN booked INTEGER NOT NULL DEFAULT 0;

UPDATE ledger_batches
   SET records = (SELECT COUNT(*) FROM ledger_batch_records r WHERE r.batch_id = ledger_batches.batch_id);

UPDATE ledger_batches
   SET booked = e.booked, arrived_at = e.first_seen
  FROM (SELECT batch_id, COUNT(*) AS booked, MIN(received_at) AS first_seen FROM ledger_entries GROUP BY batch_id) AS e
 WHERE e.batch_id = ledger_batches.batch_id;

CREATE INDEX ledger_batches_by_cloud ON ledger_batches (cloud_id);
