package io.stackbridge.adapters.fakeazure.token;

import io.stackbridge.domain.text.Excerpt;
import io.stackbridge.adapters.fakeazure.world.StampTokens;
import io.stackbridge.domain.billing.BillingModel;
import io.stackbridge.domain.id.CloudId;
import io.stackbridge.domain.registration.NodeHardware;
import io.stackbridge.domain.registration.RegistrationTokenContent;
import io.stackbridge.domain.registration.RegistrationTokenFields;
import io.stackbridge.domain.validation.Rule;
import io.stackbridge.domain.validation.ValueType;
import io.stackbridge.domain.validation.Violation;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class JsonRegistrationTokenCodecTest {

    private static final CloudId CLOUD = CloudId.of("69464895-3A1A-450a-9824-4b7608d9203f");
    private final JsonRegistrationTokenCodec codec = new JsonRegistrationTokenCodec();

    private static String base64(String json) {
        return Base64.getEncoder().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    private Seq<Violation> problems(String token) {
        return codec.decode(token).getLeft();
    }

    @ParameterizedTest
    @EnumSource(BillingModel.class)
    void encoding_then_decoding_gives_back_the_same_content(BillingModel model) {
        RegistrationTokenContent content = StampTokens.content(CLOUD, model);

        RegistrationTokenFields decoded = codec.decode(codec.encode(content)).get();

        assertThat(RegistrationTokenContent.from(decoded).get()).isEqualTo(content);
    }

    @Test
    void encoding_writes_the_documented_keys_in_order_and_omits_absent_options() {
        String json = new String(Base64.getDecoder().decode(codec.encode(StampTokens.content(CLOUD, BillingModel.Capacity))),
                StandardCharsets.UTF_8);

        assertThat(json).startsWith("{\"cloudId\":\"69464895-3A1A-450a-9824-4b7608d9203f\",\"objectId\":")
                .contains("\"billingModel\":\"Capacity\",\"usageReportingEnabled\":false,\"marketplaceSyndicationEnabled\":false,"
                        + "\"agreementNumber\":\"stackbridge-agreement-0001\",\"hardwareInfo\":[{\"name\":\"node01\"")
                .doesNotContain("msAssetTag")
                .endsWith("\"issuer\":\"stackbridge\",\"version\":\"4.0\"}");
    }

    @Test
    void keys_are_read_in_any_case_and_scalars_pass_on_as_their_text() {
        String token = base64("{\"CLOUDID\":\"" + CLOUD + "\",\"ObjectId\":\"5b3b06a8-9c6c-4888-9eb3-e8cdace74795\","
                + "\"billingmodel\":\"Development\",\"usageReportingEnabled\":true,\"marketplaceSyndicationEnabled\":null,"
                + "\"hardwareInfo\":[{\"name\":\"n1\",\"uuid\":\"u1\",\"numCores\":2}],\"issuer\":\"someone\",\"version\":1.0}");

        RegistrationTokenFields fields = codec.decode(token).get();

        assertThat(fields.cloudId()).contains(CLOUD.value());
        assertThat(fields.billingModel()).contains("Development");
        assertThat(fields.usageReportingEnabled()).contains("true");
        assertThat(fields.marketplaceSyndicationEnabled().isEmpty()).isTrue();
        assertThat(fields.agreementNumber().isEmpty()).isTrue();
        assertThat(fields.version()).contains("1.0");
        assertThat(fields.hardwareInfo().get())
                .containsExactly(new NodeHardware("n1", "u1", 2, List.empty(), List.empty(), List.empty(), List.empty(), List.empty()));
    }

    @Test
    void url_safe_base64_without_padding_and_wrapped_lines_are_accepted() {
        String standard = codec.encode(StampTokens.content(CLOUD, BillingModel.PayAsYouUse));
        String urlSafe = standard.replace('+', '-').replace('/', '_').replace("=", "");
        String wrapped = standard.substring(0, 20) + "\r\n" + standard.substring(20);

        assertThat(codec.decode(urlSafe).get()).isEqualTo(codec.decode(standard).get());
        assertThat(codec.decode(wrapped).get()).isEqualTo(codec.decode(standard).get());
    }

    @Test
    void an_empty_token_is_missing() {
        assertThat(problems("  ")).containsExactly(Violation.of("registrationToken", "", Rule.REQUIRED));
    }

    @Test
    void text_that_is_not_base64_is_reported_as_such_quoted_as_an_excerpt() {
        String token = "this is not base64 at all, it has spaces and punctuation!! ".repeat(10);

        Violation problem = problems(token).single();

        assertThat(problem.rule()).isEqualTo(Rule.NOT_BASE64);
        assertThat(problem.field()).isEqualTo("registrationToken");
        assertThat(problem.ruleArguments()).isEmpty();
        assertThat(problem.value()).hasSize(Excerpt.MAX).startsWith("this is not base64").endsWith("…");
    }

    @Test
    void base64_of_broken_json_is_a_malformed_document_at_the_place_it_breaks() {
        Violation problem = problems(base64("{\n  \"cloudId\": \"x\",\n  oops\n}")).single();

        assertThat(problem.rule()).isEqualTo(Rule.MALFORMED_DOCUMENT);
        assertThat(problem.ruleArguments().head()).isEqualTo("3");
    }

    @Test
    void base64_of_text_that_is_not_utf8_or_has_trailing_content_is_malformed() {
        String latin1 = Base64.getEncoder().encodeToString(new byte[]{'{', '"', 'a', '"', ':', '"', (byte) 0xE9, '"', '}'});

        assertThat(problems(latin1).single().rule()).isEqualTo(Rule.MALFORMED_DOCUMENT);
        assertThat(problems(base64("{} {}")).single().rule()).isEqualTo(Rule.MALFORMED_DOCUMENT);
        assertThat(problems(base64("  ")).single().rule()).isEqualTo(Rule.MALFORMED_DOCUMENT);
    }

    @Test
    void json_that_is_not_an_object_is_of_the_wrong_type() {
        Violation problem = problems(base64("[1, 2]")).single();

        assertThat(problem.rule()).isEqualTo(Rule.WRONG_TYPE);
        assertThat(problem.ruleArguments()).containsExactly(ValueType.OBJECT);
    }

    @Test
    void every_wrongly_typed_field_is_reported_at_once_by_name() {
        String token = base64("{\"cloudId\":{\"a\":1},\"version\":[\"4\"],\"hardwareInfo\":[{\"name\":\"n\",\"uuid\":\"u\","
                + "\"numCores\":\"four\",\"nic\":[1]},{\"numCores\":-2},{\"numCores\":2.5}]}");

        assertThat(problems(token).map(problem -> problem.field() + " " + problem.rule() + " " + problem.ruleArguments().mkString()))
                .containsExactly(
                        "cloudId WRONG_TYPE TEXT",
                        "hardwareInfo[0].numCores WRONG_TYPE INTEGER",
                        "hardwareInfo[0].nic WRONG_TYPE ARRAY_OF_TEXT",
                        "hardwareInfo[1].numCores NEGATIVE ",
                        "hardwareInfo[2].numCores WRONG_TYPE INTEGER",
                        "version WRONG_TYPE TEXT");
    }

    @Test
    void hardware_info_must_be_an_array_of_objects() {
        assertThat(problems(base64("{\"hardwareInfo\":{\"name\":\"n\"}}")).single().ruleArguments())
                .containsExactly(ValueType.ARRAY_OF_OBJECTS);
        assertThat(problems(base64("{\"hardwareInfo\":[\"n\"]}")).single().field()).isEqualTo("hardwareInfo");
    }

    @Test
    void no_input_whatever_makes_decoding_throw() {
        Random random = new Random(7);
        for (int attempt = 0; attempt < 2_000; attempt++) {
            byte[] bytes = new byte[random.nextInt(64)];
            random.nextBytes(bytes);
            String asBase64 = Base64.getEncoder().encodeToString(bytes);
            String asText = new String(bytes, StandardCharsets.ISO_8859_1);

            assertThat(codec.decode(asBase64).isLeft() || codec.decode(asBase64).isRight()).isTrue();
            assertThat(codec.decode(asText).isLeft() || codec.decode(asText).isRight()).isTrue();
        }
        assertThat(codec.decode(null).getLeft().single().rule()).isEqualTo(Rule.REQUIRED);
    }

    /** Found by the parser fuzz test: the encoder went through String.getBytes, which turned the surrogate into '?'. */
    @Test
    void content_read_from_an_escaped_lone_surrogate_encodes_and_decodes_the_same() {
        RegistrationTokenContent c = StampTokens.content(CLOUD, BillingModel.Development);
        RegistrationTokenContent odd = new RegistrationTokenContent(c.cloudId(), c.objectId(), c.billingModel(), c.usageReportingEnabled(),
                c.marketplaceSyndicationEnabled(), c.agreementNumber(), c.msAssetTag(), c.hardwareInfo(), "stack\ud800bridge", c.version());

        assertThat(RegistrationTokenContent.from(codec.decode(codec.encode(odd)).get()).get()).isEqualTo(odd);
    }
}
