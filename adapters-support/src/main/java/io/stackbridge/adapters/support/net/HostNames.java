package io.stackbridge.adapters.support.net;

import io.vavr.collection.List;
import io.vavr.control.Option;
import io.vavr.control.Try;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The one home of host names and IP literals: the normal form of a configured host (stripped, IPv6
 * without brackets), IP literals read without any lookup, DNS names as RFC 1123 spells them (labels of
 * letters, digits and inner hyphens, at most 63 characters each, 253 in all), the host a URL carries
 * (bare IPv6 in brackets), the name a certificate compares, and the loopback address that stands for
 * "every address" when the emulator names itself.
 */
public final class HostNames {

    private static final Pattern IPV4 = Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})");
    private static final Pattern LABEL = Pattern.compile("[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?");

    private HostNames() {
    }

    /** {@code host} as settings keep it: without surrounding blanks, an IPv6 literal without its (one pair of) brackets. */
    public static String normal(String host) {
        String bare = host.strip();
        if (bare.length() > 1 && bare.startsWith("[") && bare.endsWith("]")) {
            String inner = bare.substring(1, bare.length() - 1).strip();
            // One pair of brackets only, so that the normal form of a normal form is itself.
            return inner.indexOf('[') < 0 && inner.indexOf(']') < 0 ? inner : bare;
        }
        return bare;
    }

    /** An IP literal (bracketed or not: {@link #normal} is applied once), read without any lookup: dotted IPv4, or IPv6 (anything with a colon); none for a name. */
    public static Option<InetAddress> literal(String text) {
        String bare = normal(text);
        var ipv4 = IPV4.matcher(bare);
        if (ipv4.matches()) {
            byte[] bytes = new byte[4];
            for (int i = 0; i < 4; i++) {
                int part = Integer.parseInt(ipv4.group(i + 1));
                if (part > 255) {
                    return Option.none();
                }
                bytes[i] = (byte) part;
            }
            return Try.of(() -> InetAddress.getByAddress(bytes)).toOption();
        }
        if (bare.indexOf(':') >= 0 && !bare.isEmpty() && (Character.digit(bare.charAt(0), 16) >= 0 || bare.charAt(0) == ':')
                && bare.chars().allMatch(c -> Character.digit(c, 16) >= 0 || c == ':' || c == '.' || c == '%')) {
            // A string with a colon is read as an IPv6 literal only: InetAddress makes no lookup for it.
            return Try.of(() -> InetAddress.getByName(bare)).toOption();
        }
        return Option.none();
    }

    /** An IP literal a certificate can name: no zone ({@code %eth0}). */
    public static boolean isIpLiteral(String text) {
        return text.indexOf('%') < 0 && literal(text).isDefined();
    }

    /** A DNS name as RFC 1123 spells it, not all digits (that would be a malformed address), no trailing dot. */
    public static boolean isDnsName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.isEmpty() || lower.length() > 253 || lower.endsWith(".")) {
            return false;
        }
        boolean allDigits = lower.chars().allMatch(c -> Character.isDigit(c) || c == '.');
        return !allDigits && List.of(lower.split("\\.", -1)).forAll(label -> LABEL.matcher(label).matches());
    }

    /** Either an IP literal or a DNS name: something a server can listen on or a client can be told. */
    public static boolean isHost(String host) {
        return literal(host).isDefined() || isDnsName(normal(host));
    }

    /** One form to compare names in: an IP literal as {@link InetAddress#getHostAddress()} writes it, a name lower-case. */
    public static String comparable(String name) {
        String bare = normal(name);
        return literal(name).filter(ip -> bare.indexOf('%') < 0).map(InetAddress::getHostAddress).getOrElse(() -> bare.toLowerCase(Locale.ROOT));
    }

    /** {@code host} as a URL carries it: a bare IPv6 literal in brackets, anything else as it is. */
    public static String inUrl(String host) {
        String bare = normal(host);
        return bare.indexOf(':') >= 0 ? "[" + bare + "]" : bare;
    }

    /** {@code host}, or the loopback address of its family when it means every address (any spelling: {@code 0.0.0.0}, {@code ::}, {@code ::0}…). */
    public static String selfHost(String host) {
        return literal(host).filter(InetAddress::isAnyLocalAddress)
                .map(any -> any instanceof Inet6Address ? "::1" : "127.0.0.1")
                .getOrElse(() -> normal(host));
    }
}
