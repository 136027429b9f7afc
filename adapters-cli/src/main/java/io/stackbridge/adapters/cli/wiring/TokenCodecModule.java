package io.stackbridge.adapters.cli.wiring;

import dagger.Binds;
import io.stackbridge.adapters.fakeazure.token.JsonRegistrationTokenCodec;
import io.stackbridge.application.port.out.RegistrationTokenCodecPort;

/** The registration token format a stamp writes its tokens in (Base64 of JSON, docs/domain.md §4), whichever Azure it reaches. */
@dagger.Module
interface TokenCodecModule {

    @Binds
    RegistrationTokenCodecPort codec(JsonRegistrationTokenCodec codec);
}
