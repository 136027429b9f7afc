package io.stackbridge.adapters.cli.wiring;

import io.stackbridge.adapters.cli.emulator.StartFailure;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.BindException;
import java.net.UnknownHostException;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** What a failed bind or lookup says about --host, decided without binding anything. */
class StartFailuresTest {

    @Test
    void a_host_that_does_not_resolve_or_is_not_this_machines_is_named_never_a_taken_port() {
        IOException unknown = new IOException("failed to bind", new UnknownHostException("nowhere.invalid"));
        BindException notHere = new BindException("Cannot assign requested address");

        assertThat(StartFailures.of(unknown, "nowhere.invalid", Optional.empty())).isEqualTo(new StartFailure.HostNotHere("nowhere.invalid"));
        assertThat(StartFailures.of(notHere, "192.0.2.10", Optional.empty(), address -> false))
                .isEqualTo(new StartFailure.HostNotHere("192.0.2.10"));
        assertThat(StartFailures.of(notHere, "far.example", Optional.of(0), address -> false,
                name -> io.vavr.control.Try.of(() -> java.net.InetAddress.getByAddress(name, new byte[]{(byte) 192, 0, 2, 10})).toOption()))
                .as("a name that resolves to another machine's address").isEqualTo(new StartFailure.HostNotHere("far.example"));
    }

    @Test
    void a_bind_clash_on_this_machines_address_is_a_taken_port() {
        BindException taken = new BindException("Address already in use");

        assertThat(StartFailures.of(taken, "127.0.0.1", Optional.of(8443))).isEqualTo(new StartFailure.PortInUse("127.0.0.1", 8443));
        assertThat(StartFailures.of(taken, "0.0.0.0", Optional.of(8443), address -> false)).isEqualTo(new StartFailure.PortInUse("0.0.0.0", 8443));
    }
}
