package io.stackbridge.adapters.http.server;

import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.util.ssl.SslContextFactory;

/** The Jetty connectors of the emulator: HTTPS (HTTP/1.1 over TLS), and optionally plain HTTP. */
final class Connectors {

    static final String HTTP_1_1 = "http/1.1";
    /** Room for a bearer token with many claims (an Entra token reaches 8 KB and more); Jetty's default is 8 KB. */
    static final int REQUEST_HEADER_BYTES = 64 * 1024;

    private Connectors() {
    }

    static ServerConnector https(Server server, HttpConfiguration base, SslContextFactory.Server tls, String host, int port) {
        HttpConfiguration secure = new HttpConfiguration(base);
        secure.setSendServerVersion(false);
        secure.setRequestHeaderSize(REQUEST_HEADER_BYTES);
        secure.addCustomizer(new SecureRequestCustomizer(false));
        ServerConnector connector = new ServerConnector(server, new SslConnectionFactory(tls, HTTP_1_1), new HttpConnectionFactory(secure));
        connector.setHost(host);
        connector.setPort(port);
        return connector;
    }

    static ServerConnector http(Server server, HttpConfiguration base, String host, int port) {
        HttpConfiguration plain = new HttpConfiguration(base);
        plain.setSendServerVersion(false);
        plain.setRequestHeaderSize(REQUEST_HEADER_BYTES);
        ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(plain));
        connector.setHost(host);
        connector.setPort(port);
        return connector;
    }
}
