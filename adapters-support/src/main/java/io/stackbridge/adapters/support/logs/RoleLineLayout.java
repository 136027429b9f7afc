package io.stackbridge.adapters.support.logs;

import ch.qos.logback.core.LayoutBase;

/** logback's view of {@link RoleLineFormat}. */
final class RoleLineLayout extends LayoutBase<RoleLine> {

    @Override
    public String doLayout(RoleLine line) {
        return RoleLineFormat.format(line);
    }
}
