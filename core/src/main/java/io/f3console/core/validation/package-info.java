/**
 * Validation of finality-certificate chains exactly as go-f3 validates them: {@link
 * io.f3console.core.validation.CertificateValidator} runs the same checks in the same order and
 * reaches the same outcome ({@link io.f3console.core.validation.ValidationResult}, the first {@link
 * io.f3console.core.validation.ValidationFailure} with its {@link
 * io.f3console.core.validation.FailureReason}), reporting each {@link
 * io.f3console.core.validation.Stage} of each certificate to a {@link
 * io.f3console.core.validation.ValidationListener}. The cheap, ordered checks run on the caller;
 * signature checks go through a {@code crypto.SignatureVerifier} and may run on a pool (decision
 * record 0004).
 *
 * <p>It depends on the model ({@code gpbft}, {@code certs}, {@code cid}) and on {@code crypto};
 * those must not depend on it. Sources, stores, trust, inspection, sessions and both front ends
 * build on it.
 */
package io.f3console.core.validation;
