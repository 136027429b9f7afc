package io.stackbridge.adapters.http.server.portal;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * {@code GET /stamp}: where the stamp shown lives ({@code hosted} by serve, or a CLI stamp's
 * {@code directory}), its region properties and its bridge; {@code problem} only when the directory
 * holds no usable stamp.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record StampView(String source, String directory, RegionView region, BridgeView bridge,
                        @JsonInclude(JsonInclude.Include.NON_NULL) StampProblemView problem) {

    public static final String HOSTED = "hosted";
    public static final String DIRECTORY = "directory";
}
