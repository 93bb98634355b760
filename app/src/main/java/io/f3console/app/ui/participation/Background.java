package io.f3console.app.ui.participation;

import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Where the participation view's computations run: in the console, each lane is a {@link
 * io.f3console.app.ui.BackgroundLane} off the FX thread that answers only its newest request; in
 * tests they may run on the spot.
 */
public interface Background {
  /**
   * Runs {@code work} and hands its result to {@code apply} on the FX thread, unless a newer
   * request of the same lane came first.
   */
  <T> void compute(String lane, String title, Supplier<T> work, Consumer<T> apply);

  /** Runs every computation at once on the calling thread. */
  static Background immediate() {
    return new Background() {
      @Override
      public <T> void compute(String lane, String title, Supplier<T> work, Consumer<T> apply) {
        apply.accept(work.get());
      }
    };
  }
}
