package io.stackbridge.application.port.in.admin;

import io.stackbridge.domain.fault.Operation;
import io.vavr.control.Option;

/** Writes one served call to the journal (used by the emulator's request filter). */
public interface RecordCallUseCase {

    void record(Operation operation, String resource, String outcome, Option<String> faultRule);
}
