-- The stamp: the certificate (PEM) and private key (PKCS#8 PEM) the bridge principal signs in with, when it has one.
ALTER TABLE stamp ADD COLUMN client_certificate TEXT;
ALTER TABLE stamp ADD COLUMN client_key TEXT;
