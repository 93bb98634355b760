package io.f3console.core.gpbft;

import io.f3console.core.cbor.CborWriter;
import io.f3console.core.cid.Cid;
import io.f3console.core.cid.CidFormatException;
import io.f3console.core.cid.Varint;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One EC tipset as F3 finalises it (go-f3 {@code gpbft.TipSet}): its epoch, its key (the
 * block-header CIDs in canonical order, concatenated in binary form), the CID of the power table it
 * commits to and 32 bytes of commitments.
 *
 * <p>Construction checks only what the type needs (a power-table CID, 32-byte commitments), so that
 * a tipset decoded from the wire can be held and shown even when go-f3 would reject it; {@link
 * #validationError()} applies go-f3's {@code TipSet.Validate}. Immutable: the byte arrays are
 * copied on the way in and out. Equality is go-f3's {@code TipSet.Equal}, over all four fields.
 */
public final class TipSet {
  /** go-f3 {@code TipsetKeyMaxLen}: room for 20 CIDs of 38 bytes. */
  public static final int MAX_KEY_LENGTH = 760;

  /** go-f3 {@code CidMaxLen}: the longest power-table CID a valid tipset may name. */
  public static final int MAX_POWER_TABLE_CID_LENGTH = 38;

  /** The commitments are a fixed 32-byte Keccak-256 Merkle root. */
  public static final int COMMITMENTS_LENGTH = 32;

  private static final int CIDV0_LENGTH = 34;

  private final long epoch;
  private final byte[] key;
  private final Cid powerTable;
  private final byte[] commitments;

  private TipSet(long epoch, byte[] key, Cid powerTable, byte[] commitments) {
    this.epoch = epoch;
    this.key = key;
    this.powerTable = powerTable;
    this.commitments = commitments;
  }

  /**
   * A tipset with these fields. The key may be empty or longer than {@link #MAX_KEY_LENGTH}; that
   * is reported by {@link #validationError()}, not refused here.
   *
   * @throws IllegalArgumentException if {@code commitments} is not 32 bytes
   */
  public static TipSet of(long epoch, byte[] key, Cid powerTable, byte[] commitments) {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(powerTable, "powerTable");
    Objects.requireNonNull(commitments, "commitments");
    if (commitments.length != COMMITMENTS_LENGTH) {
      throw new IllegalArgumentException(
          "commitments must be " + COMMITMENTS_LENGTH + " bytes, found " + commitments.length);
    }
    return new TipSet(epoch, key.clone(), powerTable, commitments.clone());
  }

  /** A tipset whose key is the concatenation of the given block CIDs (the JSON form). */
  public static TipSet ofBlocks(long epoch, List<Cid> blocks, Cid powerTable, byte[] commitments) {
    return of(epoch, concatenate(blocks), powerTable, commitments);
  }

  /** The binary forms of {@code cids}, one after the other (go-f3 {@code tipSetKeyFromCids}). */
  public static byte[] concatenate(List<Cid> cids) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(cids.size() * 38);
    for (Cid cid : cids) {
      Objects.requireNonNull(cid, "cid").writeTo(out);
    }
    return out.toByteArray();
  }

  public long epoch() {
    return epoch;
  }

  /** The key bytes (a copy). */
  public byte[] key() {
    return key.clone();
  }

  public int keyLength() {
    return key.length;
  }

  public Cid powerTable() {
    return powerTable;
  }

  /** The 32 commitment bytes (a copy). */
  public byte[] commitments() {
    return commitments.clone();
  }

  /**
   * The key read as consecutive binary CIDs, the list Lotus JSON shows (go-f3 {@code
   * cidsFromTipSetKey}); an empty key gives an empty list.
   *
   * @throws CidFormatException if the key bytes are not a sequence of whole CIDs
   */
  public List<Cid> keyCids() throws CidFormatException {
    List<Cid> cids = new ArrayList<>();
    int offset = 0;
    while (offset < key.length) {
      int length = cidLengthAt(key, offset);
      try {
        cids.add(Cid.fromBytes(key, offset, length));
      } catch (CidFormatException e) {
        throw new CidFormatException(
            "tipset key: CID " + cids.size() + " at byte " + offset + ": " + e.getMessage());
      }
      offset += length;
    }
    return cids;
  }

  /**
   * The length of the CID starting at {@code offset}, as go-cid's {@code CidFromBytes} measures it:
   * 34 bytes for a CIDv0 ({@code 12 20} …), otherwise version, codec, hash code and digest length
   * varints followed by the digest.
   */
  private static int cidLengthAt(byte[] bytes, int offset) throws CidFormatException {
    int available = bytes.length - offset;
    if (available >= 2 && bytes[offset] == 0x12 && bytes[offset + 1] == 0x20) {
      if (available < CIDV0_LENGTH) {
        throw new CidFormatException("tipset key: CIDv0 at byte " + offset + " is truncated");
      }
      return CIDV0_LENGTH;
    }
    int position = offset;
    for (int field = 0; field < 3; field++) {
      position += Varint.decode(bytes, position).length();
    }
    Varint.Decoded digestLength = Varint.decode(bytes, position);
    position += digestLength.length();
    if (digestLength.value() > bytes.length - position) {
      throw new CidFormatException(
          "tipset key: CID at byte "
              + offset
              + " is truncated ("
              + digestLength.value()
              + "-byte digest, "
              + (bytes.length - position)
              + " bytes left)");
    }
    return position + (int) digestLength.value() - offset;
  }

  /**
   * go-f3's {@code TipSet.Validate}: the message of the first rule this tipset breaks, or empty.
   * (go-f3's "power table CID must not be empty" cannot happen: the CID is required here.)
   */
  public Optional<String> validationError() {
    if (key.length == 0) {
      return Optional.of("tipset key must not be empty");
    }
    if (key.length > MAX_KEY_LENGTH) {
      return Optional.of("tipset key too long");
    }
    if (powerTable.byteLength() > MAX_POWER_TABLE_CID_LENGTH) {
      return Optional.of("power table CID too long");
    }
    return Optional.empty();
  }

  /**
   * The Merkle leaf value of this tipset in a chain key (go-f3 {@code TipSet.MarshalForSigning}):
   * {@code BE64(epoch) || commitments || tsCid || power-table CID}, where {@code tsCid} is the
   * dag-cbor/blake2b-256 CID of the key encoded as a CBOR byte string. Hashing the key through a
   * CID keeps the leaf short and fixed-size whatever the number of blocks; 116 bytes with the usual
   * 38-byte power-table CID.
   */
  public byte[] marshalForSigning() {
    byte[] keyCbor = new CborWriter(key.length + 3).writeByteString(key).toByteArray();
    Cid tipSetCid = Cid.makeCid(keyCbor);
    ByteArrayOutputStream out =
        new ByteArrayOutputStream(
            8 + COMMITMENTS_LENGTH + tipSetCid.byteLength() + powerTable.byteLength());
    for (int shift = 56; shift >= 0; shift -= 8) {
      out.write((int) (epoch >>> shift));
    }
    out.write(commitments, 0, commitments.length);
    tipSetCid.writeTo(out);
    powerTable.writeTo(out);
    return out.toByteArray();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof TipSet that
        && epoch == that.epoch
        && Arrays.equals(key, that.key)
        && powerTable.equals(that.powerTable)
        && Arrays.equals(commitments, that.commitments);
  }

  @Override
  public int hashCode() {
    return Objects.hash(epoch, Arrays.hashCode(key), powerTable, Arrays.hashCode(commitments));
  }

  /** The epoch and the start of the key, e.g. {@code 4919580@0171a0e40220…(190 bytes)}. */
  @Override
  public String toString() {
    String hex = HexFormat.of().formatHex(key, 0, Math.min(key.length, 8));
    return epoch + "@" + hex + (key.length > 8 ? "…" : "") + "(" + key.length + " bytes)";
  }
}
