-- Version 4: the emulator's signing key (a private JWK as text), kept so that access tokens and
-- activation keys signed before a restart still verify after it. One row; reset leaves it in place.

CREATE TABLE signing_key (
    id         INTEGER PRIMARY KEY CHECK (id = 1),
    jwk        TEXT NOT NULL,
    created_at TEXT NOT NULL
);
