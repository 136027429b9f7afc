package io.stackbridge.adapters.http.server.pipeline;

import io.javalin.http.Context;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpServletResponse;
import org.eclipse.jetty.ee10.servlet.ServletContextRequest;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.io.SocketChannelEndPoint;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.NetworkConnector;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.AbstractConnector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.StandardSocketOptions;
import java.nio.channels.SocketChannel;

/**
 * The connection-level fault effects, done on the real TCP connection under Jetty: reset (RST via
 * SO_LINGER 0), close without a byte, half a body then close, and closing every other connection.
 */
public final class ConnectionFaults {

    private static final Logger LOG = LoggerFactory.getLogger(ConnectionFaults.class);

    private ConnectionFaults() {
    }

    /** Aborts the connection with a TCP reset before any byte of an answer. */
    public static void reset(Context ctx) {
        EndPoint raw = raw(ctx);
        if (raw instanceof SocketChannelEndPoint socket) {
            try {
                SocketChannel channel = socket.getChannel();
                channel.setOption(StandardSocketOptions.SO_LINGER, 0);
            } catch (IOException | RuntimeException ignored) {
                LOG.debug("could not set SO_LINGER 0; closing plainly", ignored);
            }
        }
        raw.close();
    }

    /** Closes the connection without sending a byte (no TLS close_notify either). */
    public static void close(Context ctx) {
        raw(ctx).close();
    }

    /** Sends the status, headers and a {@code Content-Length} for the whole body, then half the body, then closes. */
    public static void partial(Context ctx, Reply reply) {
        byte[] body = reply.bytes();
        HttpServletResponse response = ctx.res();
        response.setStatus(reply.status());
        reply.headers().forEach((name, value) -> response.setHeader(name, value));
        response.setContentType(reply.contentType());
        response.setContentLength(body.length);
        try {
            ServletOutputStream out = response.getOutputStream();
            out.write(body, 0, body.length / 2);
            out.flush();
        } catch (IOException alreadyGone) {
            LOG.debug("client left before the partial body was sent", alreadyGone);
        }
        close(ctx);
    }

    /**
     * Closes every other open connection of the server now, and the one serving {@code ctx} after its
     * answer, so that pooled clients reconnect (and meet the certificate an UntrustedCertificate rule serves).
     */
    public static void closeEveryOther(Context ctx) {
        ctx.header("Connection", "close");
        EndPoint current = raw(ctx);
        Server server = ServletContextRequest.getServletContextRequest(ctx.req()).getConnectionMetaData().getConnector().getServer();
        for (Connector connector : server.getConnectors()) {
            if (connector instanceof AbstractConnector open && connector instanceof NetworkConnector) {
                open.getConnectedEndPoints().stream().filter(endPoint -> endPoint != current).forEach(EndPoint::close);
            }
        }
    }

    private static EndPoint raw(Context ctx) {
        EndPoint endPoint = ServletContextRequest.getServletContextRequest(ctx.req())
                .getConnectionMetaData().getConnection().getEndPoint();
        while (endPoint instanceof EndPoint.Wrapper wrapper) {
            endPoint = wrapper.unwrap();
        }
        return endPoint;
    }
}
