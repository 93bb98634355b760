/**
 * Following a node: one round ({@link io.f3console.core.monitor.MonitorRound}) brings the local
 * certificate store up to date from the node (each certificate validated before it is stored),
 * reads the chain head and judges the alert rules of {@link io.f3console.core.health}. The {@code
 * monitor} command and the console's Health view run exactly this round.
 */
package io.f3console.core.monitor;
