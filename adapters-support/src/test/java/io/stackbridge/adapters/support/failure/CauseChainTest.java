package io.stackbridge.adapters.support.failure;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.BindException;
import java.io.UncheckedIOException;

import static org.assertj.core.api.Assertions.assertThat;

class CauseChainTest {

    @Test
    void the_chain_runs_from_the_outermost_exception_to_its_root() {
        BindException root = new BindException("taken");
        IllegalStateException outer = new IllegalStateException("start", new UncheckedIOException(root));

        assertThat(CauseChain.of(outer)).hasSize(3).startsWith(outer).endsWith(root);
        assertThat(CauseChain.first(outer, IOException.class).get()).isSameAs(root);
        assertThat(CauseChain.first(outer, ArithmeticException.class).isEmpty()).isTrue();
    }

    @Test
    void a_cycle_of_causes_ends_the_chain() {
        IllegalStateException first = new IllegalStateException("first");
        IllegalArgumentException second = new IllegalArgumentException("second", first);
        first.initCause(second);

        assertThat(CauseChain.of(first)).containsExactly(first, second);
    }
}
