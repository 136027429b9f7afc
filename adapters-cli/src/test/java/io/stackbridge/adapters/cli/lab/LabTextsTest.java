package io.stackbridge.adapters.cli.lab;

import io.stackbridge.adapters.cli.console.CliText;
import io.stackbridge.domain.text.Language;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Every lab has its three hints in English and in French, the last one naming a command to type. */
class LabTextsTest {

    private static final Object[] VALUES = {"azurestack-x", "aaaaaaaa-0002-4000-8000-000000000001", "azurestack",
        "c0c0c0c0-0002-4000-8000-000000000001", "c0c0c0c0-0001-4000-8000-000000000001", "Contoso", "typed", "asked"};

    @Test
    void each_lab_has_three_hints_in_both_languages_and_the_last_names_the_command() {
        for (LabName lab : LabName.values()) {
            for (int hint = 1; hint <= LabHintCommand.HINTS; hint++) {
                String key = "lab." + lab.labName() + ".hint." + hint;
                String english = CliText.in(Language.EN).format(key, VALUES);
                String french = CliText.in(Language.FR).format(key, VALUES);
                assertThat(english).as(key).isNotBlank().isNotEqualTo(french);
                assertThat(french).as(key).isNotBlank().doesNotContain(" :", " ;", " ?");
            }
            assertThat(CliText.in(Language.EN).format("lab." + lab.labName() + ".hint.3", VALUES)).as(lab.labName())
                    .contains("stackbridge ", "stackbridge lab check " + lab.labName());
        }
    }

    @Test
    void the_state_file_keeps_the_lab_its_hints_what_it_broke_and_the_request(@org.junit.jupiter.api.io.TempDir java.nio.file.Path data) {
        OnboardingRequest request = OnboardingRequest.of("Contoso", Labs.CONTOSO_TENANT, "typed-id",
                io.stackbridge.domain.registration.RegistrationKey.of("aaaaaaaa-0002-4000-8000-000000000001", "azurestack", "azurestack-x"));
        LabState state = LabState.started(LabName.UNAUTHORIZED_CSP_REGISTRATION,
                io.vavr.collection.List.of(new Undo.RevokedApproval(), new Undo.FaultRule("directory-down")), io.vavr.control.Option.some(request))
                .withHints(2).withFixed(true);

        LabStateFile.write(data, state);

        assertThat(LabStateFile.read(data)).isEqualTo(state);
        LabStateFile.write(data, LabState.NONE);
        assertThat(LabStateFile.read(data)).isEqualTo(LabState.NONE);
    }
}
