package io.stackbridge.adapters.http.client;

import com.fasterxml.jackson.core.type.TypeReference;
import io.stackbridge.adapters.http.wire.Page;
import io.stackbridge.domain.error.DomainError;
import io.stackbridge.domain.error.ErrorContext;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;

import java.net.URI;
import java.util.function.Function;

/**
 * Reads an ARM list whole: the page at a URL and every page its {@code nextLink} leads to, each
 * resource turned into its domain value; a link back to a page already read is an unreadable answer.
 */
final class ArmPages<R, T> {

    private final ArmExchange arm;
    private final TypeReference<Page<R>> type;
    private final Function<R, Either<DomainError, T>> toDomain;

    ArmPages(ArmExchange arm, TypeReference<Page<R>> type, Function<R, Either<DomainError, T>> toDomain) {
        this.arm = arm;
        this.type = type;
        this.toDomain = toDomain;
    }

    Either<DomainError, List<T>> all(URI first, ErrorContext context) {
        return pagesFrom(first, context, List.empty(), List.empty());
    }

    private Either<DomainError, List<T>> pagesFrom(URI uri, ErrorContext context, List<T> found, List<URI> visited) {
        Either<DomainError, Page<R>> page = arm.send("GET", uri, Option.none(), context).flatMap(answer -> arm.read(answer, type));
        if (page.isLeft()) {
            return Either.left(page.getLeft());
        }
        Either<DomainError, List<T>> all = List.ofAll(page.get().value()).map(toDomain)
                .foldLeft(Either.right(found), (sofar, next) -> sofar.flatMap(list -> next.map(list::append)));
        String next = page.get().nextLink();
        if (all.isLeft() || next == null || next.isBlank()) {
            return all;
        }
        List<URI> seen = visited.append(uri);
        return arm.nextPage(next).flatMap(link -> seen.contains(link)
                ? Either.left(arm.unreadable("nextLink goes back to " + link))
                : pagesFrom(link, context, all.get(), seen));
    }
}
