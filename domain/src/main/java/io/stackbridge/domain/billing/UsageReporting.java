package io.stackbridge.domain.billing;

/** How a billing model treats usage reporting to Azure. */
public enum UsageReporting {
    /** Always on; a registration token that turns it off is rejected. */
    MANDATORY(true, false),
    /** On unless the operator turns it off. */
    ON_BY_DEFAULT(true, true),
    /** Off unless the operator turns it on. */
    OFF_BY_DEFAULT(false, true);

    private final boolean enabledByDefault;
    private final boolean mayBeDisabled;

    UsageReporting(boolean enabledByDefault, boolean mayBeDisabled) {
        this.enabledByDefault = enabledByDefault;
        this.mayBeDisabled = mayBeDisabled;
    }

    public boolean enabledByDefault() {
        return enabledByDefault;
    }

    public boolean mayBeDisabled() {
        return mayBeDisabled;
    }
}
