package io.f3console.app.ui.controls;

import io.f3console.app.ui.Styles;
import io.f3console.core.trust.Trust;
import io.f3console.core.trust.TrustState;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;

/**
 * The trust state of a power table as an icon, a word and a colour token: never colour alone. The
 * tooltip holds the explanation and the CIDs compared.
 */
public final class TrustBadge extends Label {
  public TrustBadge() {
    getStyleClass().add(Styles.BADGE);
    show(null);
  }

  /** Shows a trust state; {@code null} when no table is open. */
  public void show(Trust trust) {
    getStyleClass().removeAll(Styles.SUCCESS, Styles.WARNING, Styles.DANGER, Styles.MUTED);
    if (trust == null) {
      setText("no power table");
      getStyleClass().add(Styles.MUTED);
      setTooltip(null);
      return;
    }
    setText(icon(trust.state()) + " " + trust.state().word());
    getStyleClass().add(style(trust.state()));
    StringBuilder tip = new StringBuilder(trust.explanation());
    tip.append("\nCID       ").append(trust.actual());
    trust.expected().ifPresent(e -> tip.append("\nexpected  ").append(e));
    setTooltip(new Tooltip(tip.toString()));
  }

  /** The symbol shown before the state's word. */
  public static String icon(TrustState state) {
    return TrustMarks.icon(state);
  }

  /** The style class of a state's colour token. */
  public static String style(TrustState state) {
    return TrustMarks.tone(state).styleClass();
  }
}
