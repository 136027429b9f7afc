package io.stackbridge.adapters.http.server.marketplace;

import io.vavr.control.Option;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One byte range of a {@code Range: bytes=first-[last]} header, bounded by the file's length; a
 * header in any other form (several ranges, a suffix, not bytes) is ignored and the whole file
 * served, as HTTP allows. A first byte at or past the end is unsatisfiable (416).
 */
record ByteRange(long first, long last, long fileLength) {

    private static final Pattern SINGLE = Pattern.compile("\\s*bytes\\s*=\\s*(\\d{1,18})\\s*-\\s*(\\d{0,18})\\s*");

    static Option<ByteRange> of(Option<String> header, long fileLength) {
        return header.map(SINGLE::matcher).filter(Matcher::matches).flatMap(found -> {
            long first = Long.parseLong(found.group(1));
            long last = found.group(2).isEmpty() ? fileLength - 1 : Math.min(Long.parseLong(found.group(2)), fileLength - 1);
            return first > last && first < fileLength ? Option.none() : Option.some(new ByteRange(first, last, fileLength));
        });
    }

    boolean unsatisfiable() {
        return first >= fileLength;
    }

    long length() {
        return last - first + 1;
    }
}
