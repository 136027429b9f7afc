package io.stackbridge.adapters.cli.serve;

import io.stackbridge.adapters.support.net.HostNames;
import io.vavr.collection.List;
import io.vavr.control.Option;
import io.vavr.control.Try;

import java.net.InetAddress;
import java.util.Locale;
import java.util.function.Function;

/**
 * What the address {@code serve} listens on exposes: only this machine (a loopback address,
 * {@code localhost}, or a name all of whose addresses are loopback), every address of the machine
 * ({@code 0.0.0.0}, {@code ::}), or one network address. Literal addresses are read without DNS; a
 * name is resolved, and one that does not resolve counts as a network address (the careful answer).
 * Literals are read by {@link HostNames}, whose {@link HostNames#selfHost} names the same "every address".
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

    /** The reach of {@code host}, names resolved by {@code resolver} (all the name's addresses, none when it does not resolve). */
    public static ListenAddress of(String host, Function<String, List<InetAddress>> resolver) {
        String bare = HostNames.normal(host);
        Option<InetAddress> literal = HostNames.literal(bare);
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
}
