/**
 * A local store of one network's validated finality certificates: {@link
 * io.f3console.core.store.CertificateStore} (one SQLite file per network) and {@link
 * io.f3console.core.store.CertificateSync}, which brings it up to date from any {@link
 * io.f3console.core.source.DataSource}, storing a certificate only once it has validated.
 */
package io.f3console.core.store;
