package io.f3console.app.ui.powertable;

import io.f3console.app.ui.controls.Formats;
import io.f3console.core.crypto.KeyStatus;
import io.f3console.core.crypto.PublicKeyCheck;
import io.f3console.core.gpbft.ActorId;
import io.f3console.core.gpbft.PubKey;
import io.f3console.core.gpbft.StoragePower;
import io.f3console.core.powertable.PowerTableStatistics;
import java.util.Comparator;
import java.util.Locale;
import java.util.Objects;

/**
 * One participant of the table on show: its place by power, its share, and the verdict on its
 * worker key.
 *
 * @param rank 1 for the largest participant
 * @param index its position in the table (the signer index)
 * @param actor the miner actor
 * @param power its power
 * @param share its fraction of the total power (0…1)
 * @param scaledPower its scaled power
 * @param cumulativeShare the fraction held by ranks 1…rank
 * @param key its worker key
 * @param keyCheck the verdict on the key, as go-f3 would check it
 * @param keyUsers how many entries of the table use this key (1 when not shared)
 */
public record EntryRow(
    int rank,
    int index,
    ActorId actor,
    StoragePower power,
    double share,
    long scaledPower,
    double cumulativeShare,
    PubKey key,
    PublicKeyCheck keyCheck,
    int keyUsers) {

  /** Key status from least to most worrying: valid, shared (by how many), invalid. */
  public static final Comparator<EntryRow> KEY_STATUS_ORDER =
      Comparator.comparingInt(EntryRow::keySeverity)
          .thenComparingInt(EntryRow::keyUsers)
          .thenComparing(row -> row.keyCheck().status());

  public EntryRow {
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(power, "power");
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(keyCheck, "keyCheck");
  }

  /** The row of a statistics row, with its key verdict and how many entries share the key. */
  static EntryRow of(PowerTableStatistics.Row row, PublicKeyCheck check, int keyUsers) {
    return new EntryRow(
        row.rank(),
        row.index(),
        row.entry().id(),
        row.entry().power(),
        row.share(),
        row.scaledPower(),
        row.cumulativeShare(),
        row.entry().pubKey(),
        check,
        keyUsers);
  }

  /** Whether go-f3 would accept the key. */
  public boolean keyValid() {
    return keyCheck.isValid();
  }

  /** Whether other entries of the table use the same key. */
  public boolean keyShared() {
    return keyUsers > 1;
  }

  /** 0 valid, 1 valid but shared, 2 unusable. */
  int keySeverity() {
    return !keyValid() ? 2 : keyShared() ? 1 : 0;
  }

  /** {@code ✔ valid}, {@code ⚠ shared ×2}, {@code ✘ not in subgroup} (plus sharing). */
  public String keyStatusText() {
    String shared = keyShared() ? "shared ×" + keyUsers : "";
    if (!keyValid()) {
      return "✘ " + reason(keyCheck) + (shared.isEmpty() ? "" : " · " + shared);
    }
    return shared.isEmpty() ? "✔ valid" : "⚠ " + shared;
  }

  /** The whole verdict, for a tooltip. */
  public String keyStatusDetail() {
    String detail = keyCheck.message();
    if (keyShared()) {
      detail +=
          "\nThe same key is used by "
              + keyUsers
              + " entries of this table (go-f3 allows"
              + " it; their signatures cannot be told apart).";
    }
    return detail;
  }

  /** A key shortened for a cell: {@code a99f7b66…8ee8}, or {@code (empty)}. */
  static String shortKey(PubKey key) {
    return key.isEmpty() ? "(empty)" : Formats.shortenMiddle(key.toHex(), 8, 4);
  }

  /** A short word for a key verdict. */
  static String reason(PublicKeyCheck check) {
    KeyStatus status = check.status();
    return switch (status) {
      case VALID -> "valid";
      case WRONG_LENGTH -> "wrong length (" + check.length() + " bytes)";
      case NOT_COMPRESSED -> "not compressed";
      case BAD_ENCODING -> "bad encoding";
      case NOT_ON_CURVE -> "not on the curve";
      case NOT_IN_SUBGROUP -> "not in the subgroup";
      case IDENTITY -> "identity point";
    };
  }

  /**
   * The row as one line of tab-separated values, as it pastes into a spreadsheet: rank, actor,
   * power in bytes, share, scaled power, key (hex) and key status.
   */
  public String asText() {
    return String.join(
        "\t",
        String.valueOf(rank),
        actor.address(),
        power.toString(),
        Formats.percent(share),
        String.valueOf(scaledPower),
        key.toHex(),
        keyStatusText());
  }

  /** The status words a filter can match, lower case. */
  String statusWords() {
    return keyStatusText().toLowerCase(Locale.ROOT);
  }
}
