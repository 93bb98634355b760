/**
 * The outcome of each core operation written into a history session the same way, whichever front
 * end ran it: {@link io.f3console.core.sessions.SessionOutcomes} turns validation, doctor, release
 * check and late-start results into a verdict, a reason code, the instance reached, CIDs and
 * findings. It sits above {@code history}, {@code validation}, {@code trust}, {@code bootstrap} and
 * {@code powertable}, which must not depend on it; the CLI and the console call it.
 */
package io.f3console.core.sessions;
