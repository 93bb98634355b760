/**
 * The health of F3 on a network, computed from what certificates show and what a node reports live:
 * progress over time ({@link io.f3console.core.health.Progress}), the lag behind the chain head and
 * the silence since the last new certificate ({@link io.f3console.core.health.LiveTracker}), and
 * alert rules as data ({@link io.f3console.core.health.AlertRules}) evaluated into alerts and a
 * verdict ({@link io.f3console.core.health.HealthCheck}).
 *
 * <p>Everything here is a pure function of its inputs: no clock is read and no node is asked;
 * callers pass the instants and the chain head they observed. Summaries over instances are one pass
 * in chain order with constant memory per pass, so a mainnet history of a million instances costs
 * no more than reading it.
 */
package io.f3console.core.health;
