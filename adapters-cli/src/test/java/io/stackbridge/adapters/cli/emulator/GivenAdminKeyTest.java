package io.stackbridge.adapters.cli.emulator;

import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** One rule for where a typed admin key comes from: the option, then the environment variable (blank = unset). */
class GivenAdminKeyTest {

    @Test
    void the_option_comes_first_then_the_environment_unless_blank() {
        assertThat(GivenAdminKey.of(Option.some("from-option"), Option.some("from-env")))
                .contains(new GivenAdminKey("from-option", "--admin-key"));
        assertThat(GivenAdminKey.of(Option.none(), Option.some("from-env"))).contains(new GivenAdminKey("from-env", "STACKBRIDGE_ADMIN_KEY"));
        assertThat(GivenAdminKey.of(Option.none(), Option.some(" \t"))).isEmpty();
        assertThat(GivenAdminKey.of(Option.none(), Option.none())).isEmpty();
        assertThat(new GivenAdminKey("a-secret-key-0123456789", "--admin-key").toString()).doesNotContain("a-secret-key");
    }
}
