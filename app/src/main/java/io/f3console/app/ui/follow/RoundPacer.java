package io.f3console.app.ui.follow;

import java.time.Duration;
import javafx.animation.PauseTransition;

/**
 * When following starts its next round: after a pause, on the UI thread. The window pauses with a
 * {@link PauseTransition}; a test starts the next round when it wants.
 */
public interface RoundPacer {
  /** Runs {@code next} on the UI thread after {@code pause}, replacing any pause under way. */
  void after(Duration pause, Runnable next);

  /** Forgets the pause under way: its round does not start. */
  void stop();

  /** Pauses on the JavaFX toolkit's clock (created at the first pause). */
  static RoundPacer fx() {
    return new RoundPacer() {
      private PauseTransition pause;

      @Override
      public void after(Duration wait, Runnable next) {
        if (pause == null) {
          pause = new PauseTransition();
        }
        pause.setOnFinished(e -> next.run());
        pause.setDuration(javafx.util.Duration.millis(Math.max(1, wait.toMillis())));
        pause.playFromStart();
      }

      @Override
      public void stop() {
        if (pause != null) {
          pause.stop();
        }
      }
    };
  }
}
