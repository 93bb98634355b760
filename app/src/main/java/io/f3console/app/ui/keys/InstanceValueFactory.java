package io.f3console.app.ui.keys;

import javafx.scene.control.SpinnerValueFactory;
import javafx.util.StringConverter;

/** Instances from {@code first} to {@code last} for a spinner (instances are 64-bit). */
final class InstanceValueFactory extends SpinnerValueFactory<Long> {
  private final long first;
  private final long last;

  InstanceValueFactory(long first, long last, long initial) {
    this.first = first;
    this.last = last;
    setConverter(
        new StringConverter<>() {
          @Override
          public String toString(Long value) {
            return value == null ? "" : Long.toUnsignedString(value);
          }

          @Override
          public Long fromString(String text) {
            try {
              return clamp(Long.parseLong(text.strip().replace(",", "")));
            } catch (NumberFormatException e) {
              return getValue();
            }
          }
        });
    valueProperty()
        .addListener(
            (obs, old, value) -> {
              if (value == null || value != clamp(value)) {
                setValue(value == null ? first : clamp(value));
              }
            });
    setValue(clamp(initial));
  }

  /** Whether this factory offers exactly the instances of {@code range}. */
  boolean covers(WorkerKeysViewModel.InstanceRange range) {
    return range.first() == first && range.last() == last;
  }

  @Override
  public void decrement(int steps) {
    setValue(clamp(getValue() - steps));
  }

  @Override
  public void increment(int steps) {
    setValue(clamp(getValue() + steps));
  }

  private long clamp(long value) {
    return Math.max(first, Math.min(last, value));
  }
}
