package io.stackbridge.adapters.http.server.tls;

import io.stackbridge.adapters.support.net.HostNames;
import org.bouncycastle.asn1.x509.GeneralName;

import java.net.InetAddress;
import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The subject alternative names of the emulator's generated certificate: always {@code localhost},
 * {@code 127.0.0.1} and {@code ::1}, then the names asked for. Compared in one normal form: DNS names
 * lower-case, IP addresses as {@link InetAddress#getHostAddress()} writes them ({@link HostNames#comparable}).
 */
public final class SubjectNames {

    /** What every generated certificate names. */
    public static final List<String> ALWAYS = List.of("localhost", "127.0.0.1", "::1");
    private static final int DNS = 2;
    private static final int IP = 7;

    private SubjectNames() {
    }

    /** {@link #ALWAYS} and {@code names}, each once, in a normal form. */
    public static Set<String> wanted(List<String> names) {
        Set<String> wanted = new LinkedHashSet<>();
        ALWAYS.forEach(name -> wanted.add(normal(name)));
        names.forEach(name -> wanted.add(normal(name)));
        return wanted;
    }

    /** The DNS and IP names {@code certificate} covers, in the normal form. */
    public static Set<String> of(X509Certificate certificate) throws CertificateParsingException {
        Set<String> names = new LinkedHashSet<>();
        Collection<List<?>> entries = certificate.getSubjectAlternativeNames();
        for (List<?> entry : entries == null ? List.<List<?>>of() : entries) {
            int type = (Integer) entry.get(0);
            if (type == DNS || type == IP) {
                names.add(normal(String.valueOf(entry.get(1))));
            }
        }
        return names;
    }

    /** The certificate's entries for {@code wanted} names (normal form). */
    static GeneralName[] entries(Set<String> wanted) {
        List<GeneralName> entries = new ArrayList<>();
        wanted.forEach(name -> entries.add(new GeneralName(HostNames.literal(name).isDefined() ? GeneralName.iPAddress : GeneralName.dNSName, name)));
        return entries.toArray(GeneralName[]::new);
    }

    static String normal(String name) {
        return HostNames.comparable(name);
    }
}
