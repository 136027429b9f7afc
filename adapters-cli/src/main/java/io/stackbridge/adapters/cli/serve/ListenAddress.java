package io.stackbridge.adapters.cli.serve;

import io.vavr.collection.List;
import io.vavr.control.Option;
import io.vavr.control.Try;

import java.net.InetAddress;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * What the address {@code serve} listens on exposes: only this machine (a loopback address,
 * {@code localhost}, or a name all of whose addresses are loopback), every address of the machine
 * ({@code 0.0.0.0}, {@code ::}), or one network address. Literal addresses are read without DNS; a
 * name is resolved, and one that does not resolve counts as a network address (the careful answer).
 */
public record ListenAddress(String host, Reach reach, Option<InetAddress> literal) {

    /** How far an address reaches. */
    public enum Reach {
        /** This machine only. */
        LOOPBACK,
        /** Every address of the machine. */
        ALL_ADDRESSES,
        /** One address others may reach. */
        NETWORK
    }

    private static final Pattern IPV4 = Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})");

    /** The reach of {@code host}, names resolved by {@code resolver} (all the name's addresses, none when it does not resolve). */
    public static ListenAddress of(String host, Function<String, List<InetAddress>> resolver) {
        String bare = host.strip();
        bare = bare.startsWith("[") && bare.endsWith("]") ? bare.substring(1, bare.length() - 1) : bare;
        Option<InetAddress> literal = literal(bare);
        if (literal.isDefined()) {
            InetAddress address = literal.get();
            Reach reach = address.isLoopbackAddress() ? Reach.LOOPBACK : address.isAnyLocalAddress() ? Reach.ALL_ADDRESSES : Reach.NETWORK;
            return new ListenAddress(host, reach, literal);
        }
        if ("localhost".equals(bare.toLowerCase(Locale.ROOT))) {
            return new ListenAddress(host, Reach.LOOPBACK, Option.none());
        }
        List<InetAddress> addresses = resolver.apply(bare);
        boolean loopbackOnly = !addresses.isEmpty() && addresses.forAll(InetAddress::isLoopbackAddress);
        return new ListenAddress(host, loopbackOnly ? Reach.LOOPBACK : Reach.NETWORK, Option.none());
    }

    /** The reach of {@code host}, a name resolved by the system's resolver. */
    public static ListenAddress of(String host) {
        return of(host, name -> Try.of(() -> List.of(InetAddress.getAllByName(name))).getOrElse(List.empty()));
    }

    public boolean loopback() {
        return reach == Reach.LOOPBACK;
    }

    public boolean allAddresses() {
        return reach == Reach.ALL_ADDRESSES;
    }

    /** An IP literal, read without any lookup: dotted IPv4, or IPv6 (anything with a colon); none for a name. */
    static Option<InetAddress> literal(String text) {
        var ipv4 = IPV4.matcher(text);
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
        if (text.indexOf(':') >= 0 && text.chars().allMatch(c -> Character.digit(c, 16) >= 0 || c == ':' || c == '.' || c == '%')) {
            // A string with a colon is read as an IPv6 literal only: InetAddress makes no lookup for it.
            return Try.of(() -> InetAddress.getByName(text)).toOption();
        }
        return Option.none();
    }
}
