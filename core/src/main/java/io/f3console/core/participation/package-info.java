/**
 * Who signed: per-miner and per-instance participation computed from validated certificates and the
 * committee of each instance. {@link io.f3console.core.participation.ParticipationTally} counts one
 * certificate at a time (directly or as a validation listener) into a {@link
 * io.f3console.core.participation.ParticipationReport}; {@link
 * io.f3console.core.participation.MissingPower} ranks absentees by the power they left out; {@link
 * io.f3console.core.participation.ParticipationData} and its series, timelines and rolls feed the
 * charts, with memory bounded for a million instances.
 *
 * <p>It builds on {@code certs}, {@code gpbft}, {@code validation} and {@code inspect}, which must
 * not depend on it; {@code health}, {@code monitor}, {@code store} and the front ends use it.
 */
package io.f3console.core.participation;
