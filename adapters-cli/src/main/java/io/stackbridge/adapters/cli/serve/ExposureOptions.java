package io.stackbridge.adapters.cli.serve;

import io.stackbridge.adapters.cli.console.CliText;
import io.stackbridge.adapters.support.tls.CertificateSource;
import io.vavr.collection.List;
import io.vavr.control.Option;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

import java.util.ArrayList;

/** {@code serve}'s options about who may reach what: the admin key, weak auth and plain HTTP beyond loopback, and the certificate's names. */
public final class ExposureOptions {

    @picocli.CommandLine.Option(names = "--admin-key", paramLabel = "KEY",
            description = "Protects the admin API and the portal with KEY (16 to 256 visible characters, no spaces); "
                    + "without it, the STACKBRIDGE_ADMIN_KEY environment variable. On an address other than loopback a key is "
                    + "always asked: this one, else one generated at each start.")
    private String adminKey;

    @picocli.CommandLine.Option(names = "--require-admin-key",
            description = "Asks for an admin key on loopback too: the given one, else one generated at start, printed once and kept in "
                    + "the state directory's admin-key file.")
    private boolean requireAdminKey;

    @picocli.CommandLine.Option(names = "--allow-weak-auth",
            description = "Lets --auth off or basic run on an address other than loopback, where it is refused otherwise.")
    private boolean allowWeakAuth;

    @picocli.CommandLine.Option(names = "--allow-plain-http",
            description = "Lets --http-port serve plain HTTP on an address other than loopback, where it is refused otherwise: "
                    + "the admin key, secrets and tokens would cross the network in clear.")
    private boolean allowPlainHttp;

    @picocli.CommandLine.Option(names = "--cert-san", paramLabel = "NAME[,NAME...]",
            description = "More names (DNS names or IP addresses) for the generated certificate, besides localhost, 127.0.0.1 and ::1; "
                    + "repeatable.")
    private java.util.List<String> certificateNames = new ArrayList<>();

    /** The choices these options make, the key of {@code environmentKey} used when {@code --admin-key} is not given. */
    ExposureChoices choices(CommandSpec spec, CliText text, CertificateSource certificate, Option<String> environmentKey) {
        List<String> names = CertificateNames.read(certificateNames)
                .getOrElseThrow(bad -> new ParameterException(spec.commandLine(), text.format("serve.certificateNameInvalid", bad)));
        if (!names.isEmpty() && !(certificate instanceof CertificateSource.Generated)) {
            throw new ParameterException(spec.commandLine(), text.format("serve.certificateNamesWithCert"));
        }
        return new ExposureChoices(Option.of(adminKey), environmentKey, requireAdminKey, allowWeakAuth, allowPlainHttp, names);
    }
}
