package io.f3console.core.logs;

/** The shape a log line was written in. */
public enum LogFormat {
  /** zap's console encoder (Lotus, go-f3, Forest's sidecar): time, level, logger, caller, text. */
  ZAP_CONSOLE,
  /** zap's JSON encoder: one object with {@code level}, {@code ts}, {@code logger}, {@code msg}. */
  ZAP_JSON,
  /** Rust's tracing (Forest): time, level, {@code crate::module}: text. */
  FOREST_TRACING,
  /** Anything else, taken as a message alone (a pasted message, a continuation line). */
  BARE
}
