package io.stackbridge.adapters.http.server.tls;

import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

import javax.net.ssl.KeyManager;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLEngineResult.HandshakeStatus;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;

/**
 * Loads the code the emulator's TLS runs (the JDK's TLS provider and its cipher suites, the PEM
 * codec, RSA and X.509 factories, and a whole TLS handshake and record between two engines in
 * memory, over a throwaway EC certificate) without setting anything up or touching the network: a
 * thread that runs it beside the rest of a start takes that loading off the start's path and off
 * its first handshake.
 */
public final class TlsCode {

    private static final int MAX_ROUNDS = 64;

    private TlsCode() {
    }

    /** The code of the TLS set-up: what a start needs before its port opens. */
    public static void loadSetUp() throws GeneralSecurityException, IOException {
        KeyFactory.getInstance("RSA");
        CertificateFactory.getInstance("X.509");
        new JcaPEMKeyConverter();
        try (PEMParser parser = new PEMParser(new StringReader(""))) {
            parser.readObject();
        }
        SSLContext.getInstance("TLS").init(new KeyManager[0], new TrustManager[0], null);
    }

    /** The code of a handshake and of a record: what the first connection needs. */
    public static void loadHandshake() throws GeneralSecurityException, IOException {
        handshakeInMemory();
    }

    /** Whether the server engine read the client's first bytes of HTTP, the handshake done. */
    static boolean handshakeInMemory() throws GeneralSecurityException, IOException {
        ServerIdentity throwaway = throwawayIdentity();
        SSLContext serverSide = SSLContext.getInstance("TLS");
        serverSide.init(new KeyManager[]{new SwitchingKeyManager(throwaway, () -> throwaway, () -> false)}, new TrustManager[0], null);
        KeyStore trusted = KeyStore.getInstance(KeyStore.getDefaultType());
        trusted.load(null, null);
        trusted.setCertificateEntry("throwaway", throwaway.leaf());
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(trusted);
        SSLContext clientSide = SSLContext.getInstance("TLS");
        clientSide.init(new KeyManager[0], trust.getTrustManagers(), null);
        SSLEngine server = serverSide.createSSLEngine();
        server.setUseClientMode(false);
        SSLEngine client = clientSide.createSSLEngine("localhost", 443);
        client.setUseClientMode(true);
        ByteBuffer toServer = ByteBuffer.allocate(client.getSession().getPacketBufferSize());
        ByteBuffer toClient = ByteBuffer.allocate(server.getSession().getPacketBufferSize());
        ByteBuffer atServer = ByteBuffer.allocate(server.getSession().getApplicationBufferSize());
        ByteBuffer atClient = ByteBuffer.allocate(client.getSession().getApplicationBufferSize());
        ByteBuffer request = ByteBuffer.wrap("GET / HTTP/1.1\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        client.beginHandshake();
        server.beginHandshake();
        for (int round = 0; round < MAX_ROUNDS && atServer.position() == 0; round++) {
            client.wrap(request, toServer);
            tasks(client);
            server.wrap(ByteBuffer.allocate(0), toClient);
            tasks(server);
            toServer.flip();
            server.unwrap(toServer, atServer);
            toServer.compact();
            tasks(server);
            toClient.flip();
            client.unwrap(toClient, atClient);
            toClient.compact();
            tasks(client);
        }
        return atServer.position() > 0;
    }

    private static void tasks(SSLEngine engine) {
        while (engine.getHandshakeStatus() == HandshakeStatus.NEED_TASK) {
            Runnable task = engine.getDelegatedTask();
            if (task == null) {
                return;
            }
            task.run();
        }
    }

    /** An EC P-256 key pair (made in a few milliseconds) and a self-signed certificate of it. */
    private static ServerIdentity throwawayIdentity() throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(256);
        KeyPair keys = generator.generateKeyPair();
        X500Name subject = new X500Name("CN=localhost");
        Instant now = Instant.now();
        try {
            X509Certificate certificate = new JcaX509CertificateConverter().getCertificate(new JcaX509v3CertificateBuilder(subject,
                    BigInteger.ONE, Date.from(now.minus(Duration.ofHours(1))), Date.from(now.plus(Duration.ofHours(1))), subject,
                    keys.getPublic()).build(new JcaContentSignerBuilder("SHA256withECDSA").build(keys.getPrivate())));
            return new ServerIdentity(keys.getPrivate(), List.of(certificate));
        } catch (OperatorCreationException unusable) {
            throw new GeneralSecurityException(unusable);
        }
    }
}
