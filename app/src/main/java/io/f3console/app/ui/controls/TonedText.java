package io.f3console.app.ui.controls;

import java.util.Objects;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * A sentence and the tone it is shown in, as a view model says how its last action went (a dialog's
 * result line). Observable; set on the UI thread.
 */
public final class TonedText {
  private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper(this, "text", "");
  private final ReadOnlyObjectWrapper<Tone> tone =
      new ReadOnlyObjectWrapper<>(this, "tone", Tone.MUTED);

  public ReadOnlyStringProperty textProperty() {
    return text.getReadOnlyProperty();
  }

  public ReadOnlyObjectProperty<Tone> toneProperty() {
    return tone.getReadOnlyProperty();
  }

  public String text() {
    return text.get();
  }

  public Tone tone() {
    return tone.get();
  }

  /** Says {@code value} in {@code colour}. */
  public void set(String value, Tone colour) {
    text.set(Objects.requireNonNull(value, "value"));
    tone.set(Objects.requireNonNull(colour, "colour"));
  }
}
