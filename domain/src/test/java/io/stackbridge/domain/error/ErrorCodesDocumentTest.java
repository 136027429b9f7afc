package io.stackbridge.domain.error;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Holds docs/error-codes.md equal to the catalog; -Dstackbridge.regenerateDocs=true rewrites it. */
class ErrorCodesDocumentTest {

    private static final Path DOCUMENT = Path.of("..", "docs", "error-codes.md");

    @Test
    void the_error_codes_document_matches_the_catalog() throws IOException {
        String expected = ErrorCodesDocument.render();
        if (Boolean.getBoolean("stackbridge.regenerateDocs")) {
            Files.createDirectories(DOCUMENT.getParent());
            Files.writeString(DOCUMENT, expected, StandardCharsets.UTF_8);
        }

        assertThat(DOCUMENT).as("docs/error-codes.md is missing; regenerate it (see its header)").exists();
        assertThat(Files.readString(DOCUMENT, StandardCharsets.UTF_8))
                .as("docs/error-codes.md is out of date with the catalog; regenerate it (see its header)")
                .isEqualTo(expected);
    }

    @Test
    void the_document_has_one_row_per_code() {
        String document = ErrorCodesDocument.render();

        for (ErrorCode code : ErrorCode.values()) {
            assertThat(document).containsOnlyOnce("| `" + code.name() + "` |");
        }
    }
}
