package io.f3console.app.ui.powertable;

import io.f3console.app.ui.Styles;
import io.f3console.app.ui.controls.Formats;
import io.f3console.core.powertable.PowerTableDiff;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;

/**
 * The counts of a comparison, one toggle per kind of change (icon, word, count), that also filter
 * the list of changes: pressing one lists only that kind, pressing it again lists all. Toggles have
 * the ids {@code kind-added}, {@code kind-power-changed}…; their counts {@code count-added}, {@code
 * count-power-changed}…. In a narrow window the toggles wrap onto more lines rather than shortening
 * their words.
 */
public final class ChangeKindFilter extends FlowPane {
  private final ToggleGroup group = new ToggleGroup();
  private final Map<PowerTableDiff.Kind, Label> counts = new EnumMap<>(PowerTableDiff.Kind.class);
  private final Map<PowerTableDiff.Kind, ToggleButton> toggles =
      new EnumMap<>(PowerTableDiff.Kind.class);
  private boolean updating;

  public ChangeKindFilter() {
    setHgap(6);
    setVgap(6);
    setAlignment(Pos.CENTER_LEFT);
    setPrefWrapLength(900);
    setMinWidth(0);
    for (PowerTableDiff.Kind kind : PowerTableDiff.Kind.values()) {
      String key = kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
      Label word = new Label(ChangeRow.label(kind));
      word.getStyleClass().addAll(Styles.BADGE, ChangeRow.style(kind));
      word.setMinWidth(Region.USE_PREF_SIZE);
      Label count = new Label("0");
      count.setMinWidth(Region.USE_PREF_SIZE);
      count.setId("count-" + key);
      count.getStyleClass().add("pt-kind-count");
      ToggleButton toggle = new ToggleButton();
      toggle.setGraphic(new HBox(6, word, count));
      toggle.setId("kind-" + key);
      toggle.setToggleGroup(group);
      toggle.setMinWidth(Region.USE_PREF_SIZE);
      toggle.setUserData(kind);
      counts.put(kind, count);
      toggles.put(kind, toggle);
      getChildren().add(toggle);
    }
  }

  /** Keeps the pressed toggle and {@code filter} in step (null: every kind). */
  public void bind(ObjectProperty<PowerTableDiff.Kind> filter) {
    group
        .selectedToggleProperty()
        .addListener(
            (obs, old, toggle) -> {
              if (!updating) {
                filter.set(toggle == null ? null : (PowerTableDiff.Kind) toggle.getUserData());
              }
            });
    filter.addListener((obs, old, kind) -> select(kind));
    select(filter.get());
  }

  /** Shows the counts of a comparison; null shows none. */
  public void show(CompareResult result) {
    counts.forEach(
        (kind, label) -> {
          label.setText(result == null ? "…" : Formats.integer(result.count(kind)));
        });
  }

  private void select(PowerTableDiff.Kind kind) {
    updating = true;
    group.selectToggle(kind == null ? null : toggles.get(kind));
    updating = false;
  }
}
