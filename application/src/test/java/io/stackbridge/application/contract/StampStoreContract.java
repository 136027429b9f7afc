package io.stackbridge.application.contract;

import io.stackbridge.application.port.out.StampStorePort;
import io.stackbridge.domain.billing.BillingModel;
import io.stackbridge.domain.stamp.BillingChoice;
import io.stackbridge.domain.stamp.Stamp;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What every store of the stamp's identity promises ({@link StampStorePort}): it starts with its stamp and keeps the last one saved. */
public abstract class StampStoreContract {

    /** A fresh store set up for {@code initial}; called once per test. */
    protected abstract StampStorePort createStore(Stamp initial);

    @Test
    void a_new_store_holds_the_stamp_it_was_set_up_for() {
        Stamp initial = StampStateSamples.stamp(BillingChoice.of(BillingModel.PayAsYouUse));

        assertThat(createStore(initial).stamp()).isEqualTo(initial);
    }

    @Test
    void a_saved_stamp_comes_back_equal_with_every_billing_option() {
        StampStorePort store = createStore(StampStateSamples.stamp(BillingChoice.of(BillingModel.Development)));
        Stamp capacity = StampStateSamples.capacityStamp();

        store.save(capacity);

        assertThat(store.stamp()).isEqualTo(capacity);
        assertThat(store.stamp().billing().agreementNumber()).contains("EA-0042");
        assertThat(store.stamp().billing().usageReporting()).contains(false);
        assertThat(store.stamp().principal().secret().matches("s3cret with spaces")).isTrue();
    }

    @Test
    void a_certificate_principal_comes_back_with_its_certificate_and_key() {
        Stamp plain = StampStateSamples.stamp(BillingChoice.of(BillingModel.Development));
        Stamp withCertificate = new Stamp(plain.cloudId(), plain.nodes(), plain.billing(), StampStateSamples.certificatePrincipal());
        StampStorePort store = createStore(plain);

        store.save(withCertificate);

        assertThat(store.stamp()).isEqualTo(withCertificate);
        assertThat(store.stamp().principal().certificate()).isNotEmpty();
    }

    @Test
    void the_last_save_wins() {
        StampStorePort store = createStore(StampStateSamples.stamp(BillingChoice.of(BillingModel.Development)));
        Stamp last = StampStateSamples.stamp(BillingChoice.of(BillingModel.Ruggedized));

        store.save(StampStateSamples.capacityStamp());
        store.save(last);

        assertThat(store.stamp()).isEqualTo(last);
    }
}
