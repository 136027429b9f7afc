package io.stackbridge.adapters.cli;

import io.stackbridge.adapters.cli.console.CliText;
import io.stackbridge.adapters.cli.emulator.StartFailure;
import io.stackbridge.adapters.cli.stack.StackProblem;
import io.stackbridge.domain.error.Category;
import io.stackbridge.domain.error.ErrorCode;
import io.stackbridge.domain.text.Language;
import io.vavr.collection.List;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Every way an emulator can fail to start has an exit code and a sentence in English and French. */
class ExitCodesTest {

    private static final List<StartFailure> ONE_OF_EACH = List.of(
            new StartFailure.PortInUse("127.0.0.1", 8443),
            new StartFailure.FileUnreadable("--world", Path.of("/w.json")),
            new StartFailure.WorldFileUnreadable(Path.of("/w.json"), "MalformedInputException"),
            new StartFailure.WorldFileInvalid(Path.of("/w.json"), List.empty()),
            new StartFailure.CertificateUnusable("bad password"),
            new StartFailure.CannotStart("disk full"),
            new StartFailure.WeakAuthBeyondLoopback("0.0.0.0", "off"),
            new StartFailure.AdminKeyUnusable("--admin-key"),
            new StartFailure.PlainHttpBeyondLoopback("0.0.0.0"),
            new StartFailure.HostUnusable("bad host"),
            new StartFailure.HostNotHere("192.0.2.10"));

    @Test
    void the_samples_cover_every_kind_of_start_failure() {
        assertThat(ONE_OF_EACH.<Class<?>>map(Object::getClass).distinct()).containsExactlyInAnyOrder(StartFailure.class.getPermittedSubclasses());
    }

    @Test
    void a_taken_port_is_a_failure_and_bad_input_a_usage_error() {
        assertThat(ONE_OF_EACH.map(ExitCodes::of)).containsExactly(1, 2, 2, 2, 2, 1, 2, 2, 2, 2, 2);
    }

    @Test
    void every_start_failure_has_a_sentence_in_each_language() {
        for (Language language : Language.values()) {
            CliText text = CliText.in(language);
            ONE_OF_EACH.forEach(failure -> assertThat(text.format(failure.messageKey(), failure.messageArguments().toJavaArray()))
                    .startsWith("stackbridge"));
        }
    }

    private static final List<StackProblem> STACK_PROBLEMS = List.of(
            new StackProblem.StampNotInitialized(Path.of("/d")),
            new StackProblem.StampAlreadyInitialized(Path.of("/d"), "c10dc10d-0000-4000-8000-000000000001"),
            new StackProblem.CaCertificateUnusable(Path.of("/ca.pem"), "no such readable file"),
            new StackProblem.ActivationKeyUnreadable("-"),
            new StackProblem.DataStoreUnavailable("disk full"),
            new StackProblem.DataSchemaTooNew("version 99"),
            new StackProblem.PackageDigestMismatch("Product.1.0", "gallery/package.azpkg", "AAAA", "BBBB"),
            new StackProblem.ProductNotInGallery("Product.1.0"));

    @Test
    void every_stack_problem_has_an_exit_code_and_its_sentences_in_each_language() {
        assertThat(STACK_PROBLEMS.<Class<?>>map(Object::getClass)).containsExactlyInAnyOrder(StackProblem.class.getPermittedSubclasses());
        assertThat(STACK_PROBLEMS.map(ExitCodes::of)).containsExactly(3, 3, 2, 2, 1, 1, 1, 4);
        for (Language language : Language.values()) {
            CliText text = CliText.in(language);
            STACK_PROBLEMS.forEach(problem -> {
                assertThat(text.format("problem." + problem.code() + ".message", problem.arguments().toJavaArray())).isNotBlank();
                assertThat(text.format("problem." + problem.code() + ".remediation", problem.arguments().toJavaArray())).isNotBlank();
            });
        }
    }

    @Test
    void a_bridge_code_is_5_a_missing_activation_3_and_any_other_refusal_4() {
        assertThat(List.of(ErrorCode.values()).filter(code -> code.category() == Category.BRIDGE).map(ExitCodes::of).distinct())
                .containsExactly(ExitCodes.BRIDGE_ERROR);
        assertThat(ExitCodes.of(ErrorCode.StampNotActivated)).isEqualTo(ExitCodes.NOT_READY);
        assertThat(List.of(ErrorCode.InvalidRegistrationToken, ErrorCode.ActivationKeyNotTrusted, ErrorCode.InvalidAggregationGranularity,
                ErrorCode.CloudNotRegistered).map(ExitCodes::of).distinct()).containsExactly(ExitCodes.REFUSED);
    }

    @Test
    void english_and_french_have_the_same_sentences() {
        assertThat(CliText.in(Language.FR).keys()).containsExactlyInAnyOrderElementsOf(CliText.in(Language.EN).keys());
    }
}
