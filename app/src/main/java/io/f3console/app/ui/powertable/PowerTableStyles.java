package io.f3console.app.ui.powertable;

/** Style-class names of the power-table view; {@code powertable.css} says what they look like. */
final class PowerTableStyles {
  /** A re-powered participant in the comparison (accent colour). */
  static final String CHANGE_POWER = "pt-change-power";

  /** A summary card. */
  static final String SUMMARY_CARD = "pt-summary-card";

  static final String SUMMARY_TITLE = "pt-summary-title";
  static final String SUMMARY_VALUE = "pt-summary-value";
  static final String SUMMARY_DETAIL = "pt-summary-detail";

  /** Key status in a cell: valid, shared, unusable. */
  static final String KEY_VALID = "pt-key-valid";

  static final String KEY_SHARED = "pt-key-shared";
  static final String KEY_INVALID = "pt-key-invalid";

  /** Text in the colour of a good, worrying or bad figure (never the colour alone). */
  static final String TONE_GOOD = "pt-tone-good";

  static final String TONE_WARNING = "pt-tone-warning";
  static final String TONE_DANGER = "pt-tone-danger";

  /** Numbers aligned right. */
  static final String NUMBER = "pt-number";

  /** The dashed 1/3 and 2/3 marks of the chart. */
  static final String CHART = "pt-chart";

  private PowerTableStyles() {}
}
