package io.f3console.core.logs;

/** The program that writes a known log line. */
public enum LogProject {
  LOTUS("Lotus"),
  FOREST("Forest"),
  GO_F3("go-f3"),
  /** Forest's embedded go-f3 sidecar (its own Go code, logger {@code f3/sidecar}). */
  FOREST_SIDECAR("Forest's go-f3 sidecar");

  private final String displayName;

  LogProject(String displayName) {
    this.displayName = displayName;
  }

  /** The name as operators write it. */
  public String displayName() {
    return displayName;
  }
}
