package io.stackbridge.adapters.http.server.pipeline;

import io.javalin.config.RouterConfig;
import io.javalin.http.HandlerType;
import io.javalin.router.matcher.PathParser;
import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Set;
import io.vavr.control.Option;

/**
 * Each served path with the methods it answers, matched as the router matches them. Only a request
 * no route took (a 404) asks it, so that a method Javalin routes nowhere ({@code OPTIONS}, an
 * unknown one) on a path that exists is a 405, not a 404; ordinary requests never reach it.
 */
public final class ServedPaths {

    private final List<Tuple2<PathParser, Set<HandlerType>>> paths;

    private ServedPaths(List<Tuple2<PathParser, Set<HandlerType>>> paths) {
        this.paths = paths;
    }

    public static ServedPaths of(Map<String, Set<HandlerType>> allowed, RouterConfig router) {
        return new ServedPaths(allowed.toList().map(entry -> Tuple.of(new PathParser(entry._1, router), entry._2)));
    }

    /** The methods the path answers, or none when no route serves it. */
    public Option<Set<HandlerType>> allowedAt(String path) {
        return paths.find(served -> served._1.matches(path)).map(Tuple2::_2);
    }
}
