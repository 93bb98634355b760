package io.f3console.app.ui.keys;

import io.f3console.app.ui.controls.Formats;
import io.f3console.core.gpbft.ActorId;
import io.f3console.core.inspect.WorkerKeyReport;
import java.util.Locale;
import java.util.Objects;

/**
 * One line of the participant list: who, how much power, and the state of the key.
 *
 * @param participant the participant's answer from the committee's key report
 */
public record ParticipantRow(WorkerKeyReport.Participant participant) {
  public ParticipantRow {
    Objects.requireNonNull(participant, "participant");
  }

  public ActorId actor() {
    return participant.actor();
  }

  /** {@code f01234}. */
  public String address() {
    return participant.actor().address();
  }

  /** {@code 5.41%}. */
  public String share() {
    return Formats.percent(participant.share());
  }

  public KeyMark mark() {
    return KeyMark.of(participant);
  }

  /** The row as tab-separated values: rank, actor, share, key (hex), key state. */
  public String asText() {
    return String.join(
        "\t",
        String.valueOf(participant.rank()),
        address(),
        share(),
        participant.key().toHex(),
        mark().word());
  }

  /** What a screen reader or a tooltip says about the row. */
  public String description() {
    return "#"
        + participant.rank()
        + " · "
        + address()
        + " · "
        + share()
        + " of power · key "
        + mark().word()
        + " · "
        + Formats.power(participant.entry().power());
  }

  /**
   * Whether the row matches what someone typed: {@code f01234}, {@code 1234} or part of either.
   * Empty text matches every row.
   */
  public boolean matches(String typed) {
    String text = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
    if (text.isEmpty()) {
      return true;
    }
    return address().contains(text) || ("t0" + actor().decimal()).contains(text);
  }

  /**
   * How well the row matches for suggestions: 0 for the exact ID, 1 when the ID starts with the
   * text, 2 when it only contains it; larger when it does not match.
   */
  public int closeness(String typed) {
    String text = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
    String digits = text.startsWith("f0") || text.startsWith("t0") ? text.substring(2) : text;
    if (digits.equals(actor().decimal())) {
      return 0;
    }
    if (!digits.isEmpty() && actor().decimal().startsWith(digits)) {
      return 1;
    }
    return matches(typed) ? 2 : 3;
  }
}
