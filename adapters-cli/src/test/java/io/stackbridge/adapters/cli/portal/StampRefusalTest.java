package io.stackbridge.adapters.cli.portal;

import io.stackbridge.adapters.cli.stack.StackProblem;
import io.stackbridge.adapters.http.server.portal.StampDenial;
import io.stackbridge.domain.text.Language;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** A stamp the portal cannot work on answers its problem's own code and sentence, 409 for the directory's state, 503 for what may pass. */
class StampRefusalTest {

    @Test
    void no_stamp_in_the_directory_is_a_conflict_with_the_commands_sentence_in_each_language() {
        StampDenial.Refused refused = (StampDenial.Refused) StampRefusal.of(new StackProblem.StampNotInitialized(Path.of("/tmp/nowhere")));

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.code()).isEqualTo("StampNotInitialized");
        assertThat(refused.message().apply(Language.EN)).isEqualTo("The data directory /tmp/nowhere holds no stamp.");
        assertThat(refused.message().apply(Language.FR)).contains("/tmp/nowhere").isNotEqualTo(refused.message().apply(Language.EN));
    }

    @Test
    void a_busy_or_unusable_database_or_ca_may_pass_and_is_503() {
        assertThat(StampRefusal.status(new StackProblem.DataStoreUnavailable("database is locked"))).isEqualTo(503);
        assertThat(StampRefusal.status(new StackProblem.CaCertificateUnusable(Path.of("ca.pem"), "no such readable file"))).isEqualTo(503);
        assertThat(StampRefusal.status(new StackProblem.DataSchemaTooNew("version 9"))).isEqualTo(409);
        StampDenial.Refused busy = (StampDenial.Refused) StampRefusal.of(new StackProblem.DataStoreUnavailable("database is locked"));
        assertThat(busy.code()).isEqualTo("DataStoreUnavailable");
        assertThat(busy.message().apply(Language.EN)).contains("database is locked");
    }
}
