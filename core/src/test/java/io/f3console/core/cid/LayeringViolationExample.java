package io.f3console.core.cid;

import io.f3console.core.store.CertificateStore;

/**
 * A deliberate breach of the layer order, kept in the test tree only: {@code cid} (layer 2) naming
 * the certificate store (layer 12). {@code ArchitectureTest} checks that the layer rule catches it;
 * the same class in main code would fail {@code ./mvnw verify}.
 */
public final class LayeringViolationExample {
  private LayeringViolationExample() {}

  static Class<?> reachesUp() {
    return CertificateStore.class;
  }
}
