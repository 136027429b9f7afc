package io.stackbridge.adapters.http.server.tls;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TlsCodeTest {

    @Test
    void the_in_memory_handshake_gets_as_far_as_the_first_bytes_of_http() throws Exception {
        assertThat(TlsCode.handshakeInMemory()).isTrue();
    }

    @Test
    void loading_the_tls_code_ends_without_failing() throws Exception {
        TlsCode.loadSetUp();
        TlsCode.loadHandshake();
    }
}
