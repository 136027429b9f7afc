package io.stackbridge.application.service.stamp;

import io.stackbridge.application.contract.StampState;
import io.stackbridge.application.contract.StampStateSamples;
import io.stackbridge.domain.billing.BillingModel;
import io.stackbridge.domain.error.DomainError;
import io.stackbridge.domain.error.ErrorCode;
import io.stackbridge.domain.stamp.BillingChoice;
import io.stackbridge.domain.stamp.Stamp;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ChooseBillingServiceTest {

    private final Stamp initial = StampStateSamples.stamp(BillingChoice.of(BillingModel.Development));
    private final StampState state = StampState.inMemory(initial);
    private final ChooseBillingService choose = new ChooseBillingService(state.stamps());

    @Test
    void a_choice_the_token_rules_refuse_names_every_field_and_changes_nothing() {
        DomainError error = choose.choose(BillingChoice.of(BillingModel.PayAsYouUse).withUsageReporting(false)).getLeft();

        assertThat(error.code()).isEqualTo(ErrorCode.InvalidRegistrationToken);
        assertThat(error.target()).contains("usageReportingEnabled");
        assertThat(state.stamps().stamp()).isEqualTo(initial);
    }

    @Test
    void an_accepted_choice_is_kept_for_the_next_token() {
        BillingChoice capacity = BillingChoice.of(BillingModel.Capacity).withAgreementNumber("EA-7");

        choose.choose(capacity);

        assertThat(state.stamps().stamp().billing()).isEqualTo(capacity);
    }
}
