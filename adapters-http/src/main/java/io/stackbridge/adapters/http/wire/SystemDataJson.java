package io.stackbridge.adapters.http.wire;

import io.stackbridge.domain.linked.SystemData;

/** Resource Manager's {@code systemData}: who created and last changed a resource, of which kind, and when (ISO 8601, UTC). */
public record SystemDataJson(String createdBy, String createdByType, String createdAt, String lastModifiedBy, String lastModifiedByType,
                             String lastModifiedAt) {

    public static SystemDataJson from(SystemData data) {
        return new SystemDataJson(data.createdBy().id(), data.createdBy().type().name(), data.createdAt().toString(),
                data.lastModifiedBy().id(), data.lastModifiedBy().type().name(), data.lastModifiedAt().toString());
    }
}
