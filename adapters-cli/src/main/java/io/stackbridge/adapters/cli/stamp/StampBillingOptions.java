package io.stackbridge.adapters.cli.stamp;

import io.stackbridge.domain.billing.BillingModel;
import io.stackbridge.domain.stamp.BillingChoice;
import picocli.CommandLine.Option;

/** The operator's billing choice for the stamp's registration token, as {@code stamp init} takes it. */
public final class StampBillingOptions {

    @Option(names = "--billing-model", paramLabel = "MODEL", defaultValue = "Development",
            description = "Development (default), PayAsYouUse, Capacity, Custom or Ruggedized.")
    private BillingModel model;

    @Option(names = "--usage-reporting", paramLabel = "true|false", arity = "1",
            description = "Report usage to Azure (default: the billing model's own default).")
    private Boolean usageReporting;

    @Option(names = "--marketplace-syndication", paramLabel = "true|false", arity = "1", defaultValue = "true",
            description = "Marketplace syndication (default: ${DEFAULT-VALUE}).")
    private boolean syndication;

    @Option(names = "--agreement-number", paramLabel = "TEXT", description = "The Enterprise Agreement number (Capacity).")
    private String agreementNumber;

    @Option(names = "--ms-asset-tag", paramLabel = "TEXT", description = "The asset tag printed on the hardware (Custom).")
    private String msAssetTag;

    BillingChoice choice() {
        BillingChoice choice = BillingChoice.of(model).withMarketplaceSyndication(syndication);
        choice = usageReporting == null ? choice : choice.withUsageReporting(usageReporting);
        choice = agreementNumber == null ? choice : choice.withAgreementNumber(agreementNumber);
        return msAssetTag == null ? choice : choice.withMsAssetTag(msAssetTag);
    }
}
