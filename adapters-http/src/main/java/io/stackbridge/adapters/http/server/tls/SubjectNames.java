package io.stackbridge.adapters.http.server.tls;

import org.bouncycastle.asn1.x509.GeneralName;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The subject alternative names of the emulator's generated certificate: always {@code localhost},
 * {@code 127.0.0.1} and {@code ::1}, then the names asked for. Compared in one normal form: DNS names
 * lower-case, IP addresses as {@link InetAddress#getHostAddress()} writes them (read without lookup).
 */
public final class SubjectNames {

    /** What every generated certificate names. */
    public static final List<String> ALWAYS = List.of("localhost", "127.0.0.1", "::1");
    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
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
        wanted.forEach(name -> entries.add(new GeneralName(isAddress(name) ? GeneralName.iPAddress : GeneralName.dNSName, name)));
        return entries.toArray(GeneralName[]::new);
    }

    static String normal(String name) {
        String bare = name.strip();
        bare = bare.startsWith("[") && bare.endsWith("]") ? bare.substring(1, bare.length() - 1) : bare;
        if (isAddress(bare)) {
            try {
                return InetAddress.getByName(bare).getHostAddress();
            } catch (UnknownHostException notAnAddress) {
                return bare.toLowerCase(Locale.ROOT);
            }
        }
        return bare.toLowerCase(Locale.ROOT);
    }

    /** An IP literal: InetAddress reads these without any lookup (IPv6 has a colon; IPv4 is four dotted numbers). */
    private static boolean isAddress(String name) {
        return name.indexOf(':') >= 0 || IPV4.matcher(name).matches();
    }
}
