package io.f3console.app.ui.keys;

import io.f3console.app.ui.Styles;
import io.f3console.app.ui.controls.Formats;
import io.f3console.core.crypto.Bls;
import io.f3console.core.crypto.PublicKeyCheck;
import io.f3console.core.gpbft.ActorId;
import io.f3console.core.gpbft.PubKey;
import io.f3console.core.inspect.WorkerKeyReport;
import java.math.BigInteger;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything the view shows about the selected participant's key in one committee, already worded:
 * the verdict first, then the key, its checks, its BDN coefficient and who else holds it.
 * Immutable; made on the FX thread from a {@link WorkerKeyReport} lookup.
 *
 * @param actor the participant, when one is selected
 * @param verdict the one-line answer
 * @param verdictStyle the verdict's style class ({@link Styles#SUCCESS} …)
 * @param summary rank, power and signer index, or why there is nothing to show
 * @param powerExact the exact power in bytes (for a tooltip), or empty
 * @param inCommittee whether the participant is in the committee shown (the cards have content)
 * @param hex the key in hex
 * @param base64 the key in base64, as Lotus JSON writes it
 * @param length the key's length and form
 * @param checks the four checks, in go-f3's order
 * @param checkMessage the check's one-line explanation
 * @param checkMeaning what the verdict means for certificates
 * @param coefficientDecimal the BDN coefficient in decimal
 * @param coefficientHex the BDN coefficient in hex (32 digits)
 * @param coefficientNote what the coefficient is
 * @param sharedWith the other actors of the committee holding the same key
 * @param sharedSummary one line about sharing
 */
public record KeyDetails(
    Optional<ActorId> actor,
    String verdict,
    String verdictStyle,
    String summary,
    String powerExact,
    boolean inCommittee,
    String hex,
    String base64,
    String length,
    List<CheckRow> checks,
    String checkMessage,
    String checkMeaning,
    String coefficientDecimal,
    String coefficientHex,
    String coefficientNote,
    List<ActorId> sharedWith,
    String sharedSummary) {

  static final String COEFFICIENT_NOTE =
      "The weight go-f3 multiplies this key by when"
          + " aggregating (the coefficient plus one); it depends on every key in the table and"
          + " their order.";

  public KeyDetails {
    Objects.requireNonNull(actor, "actor");
    checks = List.copyOf(checks);
    sharedWith = List.copyOf(sharedWith);
  }

  /** Nothing to show yet, with the reason as the verdict. */
  public static KeyDetails placeholder(String message) {
    return new KeyDetails(
        Optional.empty(),
        message,
        Styles.MUTED,
        "",
        "",
        false,
        "",
        "",
        "",
        List.of(),
        "",
        "",
        "",
        "",
        "",
        List.of(),
        "");
  }

  /** The participant is not a member of the committee shown. */
  public static KeyDetails notInCommittee(ActorId actor, String committee) {
    return new KeyDetails(
        Optional.of(actor),
        actor.address() + " is not in the " + committee,
        Styles.MUTED,
        "Its key history below still lists what the certificates did to it.",
        "",
        false,
        "",
        "",
        "",
        List.of(),
        "",
        "",
        "",
        "",
        "",
        List.of(),
        "");
  }

  /** The worded answer for a participant of a committee of {@code tableSize} entries. */
  public static KeyDetails of(
      WorkerKeyReport.Participant participant, int tableSize, String committee) {
    PublicKeyCheck check = participant.check();
    PubKey key = participant.key();
    String summary =
        "#"
            + participant.rank()
            + " of "
            + Formats.integer(tableSize)
            + " by power"
            + " · "
            + Formats.power(participant.entry().power())
            + " · signer index "
            + Formats.integer(participant.index())
            + " · in the "
            + committee;
    return new KeyDetails(
        Optional.of(participant.actor()),
        verdict(participant),
        verdictStyle(participant),
        summary,
        Formats.exactBytes(participant.entry().power()),
        true,
        key.toHex(),
        key.toBase64(),
        length(key),
        checks(check),
        check.message(),
        meaning(check),
        participant.coefficient().toString(),
        hex(participant.coefficient()),
        participant.isValid()
            ? COEFFICIENT_NOTE
            : COEFFICIENT_NOTE
                + " go-f3 never gets this far with this table: it refuses the invalid key first.",
        participant.sharedWith(),
        sharedSummary(participant.sharedWith()));
  }

  /** {@code f01234 · 5.41% of power · key valid ✔}, with what is wrong when something is. */
  static String verdict(WorkerKeyReport.Participant participant) {
    StringBuilder text =
        new StringBuilder(participant.actor().address())
            .append(" · ")
            .append(Formats.percent(participant.share()))
            .append(" of power · ");
    if (participant.isValid()) {
      text.append("key valid ✔");
    } else {
      text.append("key invalid ✘: ").append(reason(participant.check()));
    }
    if (participant.isShared()) {
      text.append(" · ⚠ shared with ").append(miners(participant.sharedWith().size()));
    }
    return text.toString();
  }

  private static String verdictStyle(WorkerKeyReport.Participant participant) {
    if (!participant.isValid()) {
      return Styles.DANGER;
    }
    return participant.isShared() ? Styles.WARNING : Styles.SUCCESS;
  }

  /** The failed check in a few words. */
  static String reason(PublicKeyCheck check) {
    return switch (check.status()) {
      case VALID -> "none";
      case WRONG_LENGTH ->
          "wrong length (" + check.length() + " bytes, not " + Bls.PUBLIC_KEY_LENGTH + ")";
      case NOT_COMPRESSED -> "not a compressed key";
      case BAD_ENCODING -> "does not decode";
      case NOT_ON_CURVE -> "not on the curve";
      case NOT_IN_SUBGROUP -> "not in the subgroup";
      case IDENTITY -> "the identity point";
    };
  }

  static List<CheckRow> checks(PublicKeyCheck check) {
    return List.of(
        new CheckRow(
            "Decodes",
            "48 bytes, compressed, valid flag bits, x below the modulus",
            CheckRow.Outcome.of(check.decodes())),
        new CheckRow(
            "On the curve", "the point lies on y² = x³ + 4", CheckRow.Outcome.of(check.onCurve())),
        new CheckRow(
            "In the subgroup",
            "the point lies in the prime-order subgroup G1",
            CheckRow.Outcome.of(check.inSubgroup())),
        new CheckRow(
            "Not the identity",
            "the point is not the point at infinity",
            CheckRow.Outcome.of(check.notIdentity())));
  }

  private static String meaning(PublicKeyCheck check) {
    if (check.isValid()) {
      return "go-f3 accepts this key. It refuses to aggregate any committee that holds an"
          + " invalid key, so one bad key anywhere in a table blocks all of its certificates.";
    }
    return "go-f3 refuses to aggregate any committee that holds an invalid key: no certificate"
        + " signed by this committee validates while this key is in it, whoever signed.";
  }

  private static String length(PubKey key) {
    if (key.length() == Bls.PUBLIC_KEY_LENGTH) {
      return key.length() + " bytes (a compressed BLS12-381 G1 point)";
    }
    return key.length() + " bytes (go-f3 needs exactly " + Bls.PUBLIC_KEY_LENGTH + ")";
  }

  /** {@code 0x} and 32 hex digits. */
  static String hex(BigInteger coefficient) {
    String digits = coefficient.toString(16);
    return "0x" + "0".repeat(Math.max(0, 32 - digits.length())) + digits;
  }

  private static String sharedSummary(List<ActorId> others) {
    if (others.isEmpty()) {
      return "Not shared: no other participant in this committee uses this key.";
    }
    return "⚠ Shared with "
        + miners(others.size())
        + ". go-f3 accepts this, but one worker"
        + " key signing for several miners deserves a look: whoever holds it signs for all.";
  }

  private static String miners(int count) {
    return count == 1 ? "1 other miner" : count + " other miners";
  }
}
