package io.stackbridge.adapters.http.server.tls;

import io.stackbridge.adapters.support.files.OwnerOnlyFiles;
import io.stackbridge.adapters.support.tls.CertificateSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * Loads the emulator's TLS identity from its {@link CertificateSource}, generating one on first start, and again when
 * the kept one expires within a day or names other hosts than asked for; a generated one is made in memory
 * ({@link #prepare}) and kept by {@link Prepared#save}, which the server calls only once it listens.
 */
public final class ServerIdentities {

    static final String CERTIFICATE_FILE = "server-certificate.pem";
    static final String KEY_FILE = "server-key.pem";

    private ServerIdentities() {
    }

    /** An identity read or made in memory; {@code fresh} when it was generated now and is not kept yet. */
    public record Prepared(ServerIdentity identity, boolean fresh) {

        /** Keeps a fresh identity in {@code stateDirectory} (the key owner-only); a read one is already where it belongs. */
        public void save(Path stateDirectory) throws IOException {
            if (fresh) {
                Files.createDirectories(stateDirectory);
                OwnerOnlyFiles.write(stateDirectory.resolve(KEY_FILE), PemFiles.privateKey(identity.privateKey()));
                PemFiles.writeCertificates(stateDirectory.resolve(CERTIFICATE_FILE), identity.chain());
            }
        }
    }

    /**
     * The identity {@code source} names, in memory: nothing is written, so a server that then fails to bind leaves the
     * files of another one, running on the same state directory, as they were. {@link Prepared#save} keeps it.
     */
    public static Prepared prepare(CertificateSource source, Path stateDirectory) throws IOException, GeneralSecurityException {
        if (source instanceof CertificateSource.Pkcs12 store) {
            return new Prepared(pkcs12(store), false);
        }
        if (source instanceof CertificateSource.Pem pem) {
            return new Prepared(new ServerIdentity(PemFiles.readPrivateKey(pem.privateKey()), PemFiles.readCertificates(pem.certificate())), false);
        }
        return generated(stateDirectory, ((CertificateSource.Generated) source).names());
    }

    /**
     * Whether the generated identity kept in {@code directory} is still valid but names other hosts than
     * {@code names} asks for: the next start makes it anew, and its clients must trust the new CA file.
     */
    public static boolean keptForOtherNames(Path directory, List<String> names) {
        Path certificate = directory.resolve(CERTIFICATE_FILE);
        try {
            if (!Files.isReadable(certificate) || !Files.isReadable(directory.resolve(KEY_FILE))) {
                return false;
            }
            X509Certificate leaf = PemFiles.readCertificates(certificate).get(0);
            return valid(leaf) && !SubjectNames.of(leaf).equals(SubjectNames.wanted(names));
        } catch (IOException | GeneralSecurityException | RuntimeException unreadable) {
            return false;
        }
    }

    /** The identity kept in {@code directory} while still valid for a day or more and naming exactly {@code names}; otherwise a new one, not saved yet. */
    private static Prepared generated(Path directory, List<String> names) throws IOException, GeneralSecurityException {
        Optional<ServerIdentity> kept = stillValid(directory);
        if (kept.isPresent() && SubjectNames.of(kept.get().leaf()).equals(SubjectNames.wanted(names))) {
            return new Prepared(kept.get(), false);
        }
        return new Prepared(SelfSignedCertificates.generate("localhost", names), true);
    }

    private static Optional<ServerIdentity> stillValid(Path directory) throws IOException, GeneralSecurityException {
        Path certificate = directory.resolve(CERTIFICATE_FILE);
        Path key = directory.resolve(KEY_FILE);
        if (!Files.isReadable(certificate) || !Files.isReadable(key)) {
            return Optional.empty();
        }
        ServerIdentity kept = new ServerIdentity(PemFiles.readPrivateKey(key), PemFiles.readCertificates(certificate));
        return valid(kept.leaf()) ? Optional.of(kept) : Optional.empty();
    }

    /** Valid for a day or more. */
    private static boolean valid(X509Certificate leaf) {
        return leaf.getNotAfter().toInstant().isAfter(java.time.Instant.now().plus(java.time.Duration.ofDays(1)));
    }

    private static ServerIdentity pkcs12(CertificateSource.Pkcs12 source) throws IOException, GeneralSecurityException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(source.file())) {
            store.load(in, source.password());
        }
        for (String alias : Collections.list(store.aliases())) {
            Key key = store.getKey(alias, source.password());
            if (key instanceof PrivateKey privateKey) {
                List<X509Certificate> chain = new ArrayList<>();
                for (Certificate certificate : store.getCertificateChain(alias)) {
                    chain.add((X509Certificate) certificate);
                }
                return new ServerIdentity(privateKey, chain);
            }
        }
        throw new GeneralSecurityException("no private key in " + source.file());
    }
}
