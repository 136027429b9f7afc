package io.stackbridge.adapters.cli.serve;

import io.stackbridge.adapters.cli.console.CliText;
import io.stackbridge.adapters.support.tls.CertificateSource;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

import java.nio.file.Path;

/** Reads {@code --cert}, {@code --cert-password} and {@code --key} as one certificate choice; a combination that makes no sense is a usage error. */
final class CertificateOptions {

    private CertificateOptions() {
    }

    static CertificateSource choice(CommandSpec spec, CliText text, Path certificate, char[] password, Path key) {
        if (certificate == null) {
            if (key != null || password != null) {
                throw new ParameterException(spec.commandLine(), text.format("serve.certificateMissing"));
            }
            return new CertificateSource.Generated();
        }
        if (key == null) {
            return new CertificateSource.Pkcs12(certificate, password);
        }
        if (password != null) {
            throw new ParameterException(spec.commandLine(), text.format("serve.passwordWithPem"));
        }
        return new CertificateSource.Pem(certificate, key);
    }
}
