package io.f3console.app.ui.workspace;

/** What to do with a power table opened while certificates are open. */
public enum TableArrival {
  /** Open the table on its own: the open certificates are closed. */
  REPLACE("Replace everything"),
  /** Validate the open certificates from the new table. */
  CHECK("Check the open certificates against this table"),
  /** Keep what is open and show the new table beside it, in compare mode. */
  BESIDE("Open beside for comparison");

  private final String label;

  TableArrival(String label) {
    this.label = label;
  }

  /** The choice as a button says it. */
  public String label() {
    return label;
  }
}
