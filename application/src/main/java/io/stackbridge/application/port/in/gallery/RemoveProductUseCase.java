package io.stackbridge.application.port.in.gallery;

/** Removes a product from the local gallery (files, record, any download under way); false when the gallery holds nothing of it. */
public interface RemoveProductUseCase {

    boolean remove(String productName);
}
