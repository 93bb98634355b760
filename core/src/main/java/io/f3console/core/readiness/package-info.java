/**
 * Where a node's F3 stands, as one phase with its evidence: pending before the bootstrap epoch,
 * bootstrapping until its first certificate, catching up, in sync, stalled, or not running. {@link
 * io.f3console.core.readiness.Readiness#judge} is the one decision; {@link
 * io.f3console.core.readiness.ReadinessProbe} asks a node for what it needs. The doctor's first
 * lines and {@code doctor --ready} present it.
 */
package io.f3console.core.readiness;
