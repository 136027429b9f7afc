package io.stackbridge.adapters.cli.portal;

import io.stackbridge.adapters.cli.lab.LabBridgeBusy;
import io.stackbridge.adapters.cli.lab.LabDesk;
import io.stackbridge.adapters.cli.lab.LabName;
import io.stackbridge.adapters.http.server.portal.StampDenial;
import io.stackbridge.domain.text.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** A lab whose bridge run could not take the bridge over in time is answered 503 BridgeBusy, in the reader's language. */
class LabBridgeBusyTest {

    @TempDir
    Path directory;

    @Test
    void a_bridge_still_busy_is_a_coded_503_with_a_sentence_in_each_language() {
        LabDesk desk = new LabDesk(directory, (out, work) -> {
            throw new LabBridgeBusy(Duration.ofSeconds(10));
        });

        LabDesk.Told<LabDesk.Started> told = desk.start(LabName.NETWORK_ERROR, Language.EN);

        StampDenial.Refused busy = (StampDenial.Refused) PageLabs.denial(told.outcome().getLeft());
        assertThat(busy.status()).isEqualTo(503);
        assertThat(busy.code()).isEqualTo("BridgeBusy");
        assertThat(busy.message().apply(Language.EN)).contains("10 seconds");
        assertThat(busy.message().apply(Language.FR)).contains("10\u00a0secondes").isNotEqualTo(busy.message().apply(Language.EN));
    }
}
