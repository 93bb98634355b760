/**
 * The one trust model: how far a power table, or a chain of certificates from it, is proved for a
 * network ({@link io.f3console.core.trust.TrustAssessor} decides, a {@link
 * io.f3console.core.trust.Trust} carries the state and the evidence), the verdict on a validation
 * judged with the trust of its starting table ({@link io.f3console.core.trust.TrustedValidation}),
 * and which known network data belongs to when signatures fail at the first certificate ({@link
 * io.f3console.core.trust.NetworkIdentification}). The CLI and the console only present what is
 * decided here.
 */
package io.f3console.core.trust;
