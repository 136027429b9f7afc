-- Whether the last failure is the bridge's latest event, kept as such: deciding it by comparing the
-- failure's and the success's stamp times goes wrong once the stamp's clock is moved between runs.
ALTER TABLE bridge_health ADD COLUMN failing INTEGER NOT NULL DEFAULT 0 CHECK (failing IN (0, 1));

UPDATE bridge_health
   SET failing = CASE WHEN failure_code IS NOT NULL AND (last_success IS NULL OR failure_at > last_success) THEN 1 ELSE 0 END;
