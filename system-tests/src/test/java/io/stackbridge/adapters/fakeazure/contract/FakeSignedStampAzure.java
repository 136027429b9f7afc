package io.stackbridge.adapters.fakeazure.contract;

import io.stackbridge.adapters.fakeazure.identity.RsaTokenSigning;
import io.stackbridge.application.contract.AzureUnderTest;
import io.stackbridge.application.contract.StampFacingAzure;
import io.stackbridge.application.port.out.RegistrationTokenCodecPort;
import io.stackbridge.domain.registration.ActivationKey;
import io.stackbridge.domain.registration.ActivationKeyClaims;
import io.stackbridge.junit.FakeAzure;
import io.vavr.Lazy;

/**
 * A fake Azure as a stamp meets it, whatever the way there: registration tokens in the fake's codec,
 * activation keys signed with the fake's key, and keys signed by another fake Azure whose key this
 * one does not publish. A shape adds only how the stamp verifies keys and probes the path.
 */
public abstract class FakeSignedStampAzure extends StampFacingAzure {

    /** Another Azure, whose key the fake under test does not publish. */
    private static final Lazy<FakeAzure> ELSEWHERE = Lazy.of(FakeAzure::start);

    private final RegistrationTokenCodecPort codec;
    private final RsaTokenSigning signing;

    protected FakeSignedStampAzure(AzureUnderTest azure, RegistrationTokenCodecPort codec, RsaTokenSigning signing) {
        super(azure);
        this.codec = codec;
        this.signing = signing;
    }

    @Override
    public RegistrationTokenCodecPort tokenCodec() {
        return codec;
    }

    @Override
    public ActivationKey sign(ActivationKeyClaims claims) {
        return signing.signActivationKey(claims);
    }

    @Override
    public ActivationKey signElsewhere(ActivationKeyClaims claims) {
        return ELSEWHERE.get().signing().signActivationKey(claims);
    }
}
