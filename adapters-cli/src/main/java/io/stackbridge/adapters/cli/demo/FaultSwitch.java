package io.stackbridge.adapters.cli.demo;

import io.stackbridge.domain.fault.FaultRule;

/**
 * How the demo switches an emulator's fault rule on: through its admin API over HTTPS, as an operator
 * would, so that a rule acting on connections (an intercepting proxy) closes the open ones. Rules are
 * removed in process: while an intercepting proxy is on, the admin API itself presents the untrusted
 * certificate (curl needs {@code -k} to remove it).
 */
public interface FaultSwitch {

    void on(FaultRule rule);
}
