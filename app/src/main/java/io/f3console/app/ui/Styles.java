package io.f3console.app.ui;

/** Style-class names used from code; the stylesheets define what they look like. */
public final class Styles {
  public static final String SUCCESS = "f3-success";
  public static final String WARNING = "f3-warning";
  public static final String DANGER = "f3-danger";
  public static final String MUTED = "f3-muted";
  public static final String BADGE = "f3-badge";
  public static final String VERDICT = "f3-verdict";
  public static final String HEADING = "f3-heading";
  public static final String SUBHEADING = "f3-subheading";
  public static final String CARD = "f3-card";
  public static final String MONOSPACE = "f3-mono";
  public static final String COPYABLE = "f3-copyable";
  public static final String SYNTHETIC = "f3-synthetic";

  private Styles() {}
}
