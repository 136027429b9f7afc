package io.stackbridge.adapters.fakeazure.service;

import io.stackbridge.adapters.fakeazure.support.Stamp;
import io.stackbridge.adapters.fakeazure.world.DefaultWorld;
import io.stackbridge.application.contract.StampTokens;
import io.stackbridge.application.port.in.registration.CreateOrUpdateRegistrationUseCase;
import io.stackbridge.application.port.in.registration.UpdateRegistrationUseCase;
import io.stackbridge.domain.arm.Removal;
import io.stackbridge.domain.billing.BillingModel;
import io.stackbridge.domain.error.ErrorCode;
import io.stackbridge.domain.registration.ETag;
import io.stackbridge.domain.registration.Registration;
import io.stackbridge.domain.registration.RegistrationKey;
import io.stackbridge.junit.FakeAzure;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Every write gives a registration a new etag, and an {@code If-Match} naming an older one fails on PUT, PATCH and DELETE. */
class RegistrationEtagTest {

    private final FakeAzure azure = FakeAzure.start();
    private final Stamp stamp = Stamp.payAsYouUse(azure);
    private final RegistrationKey key = stamp.key();

    private ETag current() {
        return azure.cloud().getRegistration().get(key).get().etag();
    }

    private String token(BillingModel model) {
        return Stamp.encoded(azure, StampTokens.forObject(DefaultWorld.BRIDGE_OBJECT_ID).cloud(stamp.token().cloudId()).billing(model).build());
    }

    private CreateOrUpdateRegistrationUseCase.Command put(BillingModel model, Option<String> ifMatch) {
        return new CreateOrUpdateRegistrationUseCase.Command(key, token(model), ifMatch);
    }

    private UpdateRegistrationUseCase.Command patchTags(String team, Option<String> ifMatch) {
        return new UpdateRegistrationUseCase.Command(key, Option.none(), Option.some(LinkedHashMap.of("team", team)), ifMatch);
    }

    @Test
    void every_write_changes_the_etag() {
        ETag created = current();
        ETag afterPut = azure.cloud().createOrUpdateRegistration().createOrUpdate(put(BillingModel.Development, Option.none()))
                .get().resource().etag();
        ETag afterPatch = azure.cloud().updateRegistration().update(patchTags("ops", Option.none())).get().etag();
        ETag afterTokenPatch = azure.cloud().updateRegistration().update(new UpdateRegistrationUseCase.Command(key,
                Option.some(token(BillingModel.PayAsYouUse)), Option.none(), Option.none())).get().etag();

        assertThat(List.of(created, afterPut, afterPatch, afterTokenPatch).distinct()).hasSize(4);
        assertThat(current()).isEqualTo(afterTokenPatch);
    }

    @Test
    void a_put_with_the_current_etag_succeeds_and_with_a_stale_one_fails() {
        String stale = current().value();
        azure.cloud().createOrUpdateRegistration().createOrUpdate(put(BillingModel.Development, Option.some(stale))).get();

        var refused = azure.cloud().createOrUpdateRegistration().createOrUpdate(put(BillingModel.Ruggedized, Option.some(stale)));

        assertThat(refused.getLeft().code()).isEqualTo(ErrorCode.PreconditionFailed);
        assertThat(refused.getLeft().target().get()).isEqualTo("If-Match");
        assertThat(azure.cloud().getRegistration().get(key).get().billingModel()).isEqualTo(BillingModel.Development);
    }

    @Test
    void a_patch_with_a_stale_etag_fails_and_changes_nothing() {
        String stale = current().value();
        azure.cloud().updateRegistration().update(patchTags("ops", Option.some(stale))).get();

        assertThat(azure.cloud().updateRegistration().update(patchTags("dev", Option.some(stale))).getLeft().code())
                .isEqualTo(ErrorCode.PreconditionFailed);
        assertThat(azure.cloud().getRegistration().get(key).get().tags().get("team").get()).isEqualTo("ops");
    }

    @Test
    void a_delete_with_a_stale_etag_fails_and_with_the_current_one_deletes() {
        String stale = current().value();
        azure.cloud().updateRegistration().update(patchTags("ops", Option.none())).get();

        assertThat(azure.cloud().deleteRegistration().delete(key, Option.some(stale)).getLeft().code())
                .isEqualTo(ErrorCode.PreconditionFailed);
        assertThat(azure.cloud().getRegistration().get(key).isRight()).isTrue();
        assertThat(azure.cloud().deleteRegistration().delete(key, Option.some(current().value())).get()).isEqualTo(Removal.DELETED);
    }

    @Test
    void if_match_accepts_the_tag_without_quotes_and_the_wildcard() {
        String unquoted = current().value().replace("\"", "");

        Registration updated = azure.cloud().updateRegistration().update(patchTags("ops", Option.some(unquoted))).get();

        assertThat(updated.tags().get("team").get()).isEqualTo("ops");
        assertThat(azure.cloud().updateRegistration().update(patchTags("dev", Option.some("*"))).isRight()).isTrue();
    }
}
