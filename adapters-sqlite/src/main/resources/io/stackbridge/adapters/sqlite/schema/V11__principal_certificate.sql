-- The emulator: the certificate (PEM) a service principal put through the admin API signs its client assertions with.
ALTER TABLE world_principals ADD COLUMN certificate TEXT;
