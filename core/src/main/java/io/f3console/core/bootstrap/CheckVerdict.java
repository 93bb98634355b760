package io.f3console.core.bootstrap;

/** The outcome of one doctor check. */
public enum CheckVerdict {
  /** The check found what a healthy node shows. */
  PASS,
  /** Not broken, but worth a look: F3 not started yet, lagging, a build without a CID. */
  WARN,
  /** Broken: F3 cannot bootstrap or follow the network as things are. */
  FAIL,
  /** Not run, because an earlier check made it impossible (the reason says which). */
  SKIPPED
}
