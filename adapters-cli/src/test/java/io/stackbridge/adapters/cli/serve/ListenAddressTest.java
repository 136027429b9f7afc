package io.stackbridge.adapters.cli.serve;

import io.stackbridge.adapters.cli.serve.ListenAddress.Reach;
import io.vavr.collection.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/** How far each listening address reaches, decided from the text alone for literals and through a resolver for names (no DNS here). */
class ListenAddressTest {

    /** A resolver that answers only for the names the tests know. */
    private static final Function<String, List<InetAddress>> NAMES = name -> switch (name) {
        case "build-box.example" -> List.of(address("192.168.1.10"));
        case "self.example" -> List.of(address("127.0.1.1"), address("::1"));
        case "split.example" -> List.of(address("127.0.0.1"), address("10.0.0.7"));
        default -> List.empty();
    };

    @ParameterizedTest
    @CsvSource({
            "127.0.0.1, LOOPBACK", "127.1.2.3, LOOPBACK", "::1, LOOPBACK", "[::1], LOOPBACK", "localhost, LOOPBACK", "LocalHost, LOOPBACK",
            "0.0.0.0, ALL_ADDRESSES", "::, ALL_ADDRESSES", "[::], ALL_ADDRESSES",
            "192.168.1.10, NETWORK", "10.1.2.3, NETWORK", "fe80::1, NETWORK", "2001:db8::5, NETWORK",
            "build-box.example, NETWORK", "self.example, LOOPBACK", "split.example, NETWORK", "unknown.example, NETWORK",
            "999.1.1.1, NETWORK"})
    void reach_of(String host, Reach reach) {
        assertThat(ListenAddress.of(host, NAMES).reach()).isEqualTo(reach);
    }

    @Test
    void literals_are_read_without_asking_the_resolver() {
        Function<String, List<InetAddress>> refusing = name -> {
            throw new AssertionError("looked up " + name);
        };

        assertThat(ListenAddress.of("0.0.0.0", refusing).allAddresses()).isTrue();
        assertThat(ListenAddress.of("[::1]", refusing).loopback()).isTrue();
        assertThat(ListenAddress.of("192.168.1.10", refusing).literal()).isNotEmpty();
        assertThat(ListenAddress.of("localhost", refusing).loopback()).isTrue();
    }

    private static InetAddress address(String literal) {
        return io.stackbridge.adapters.support.net.HostNames.literal(literal).get();
    }
}
