package io.f3console.core.gpbft;

import io.f3console.core.cid.Cid;
import java.io.ByteArrayOutputStream;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The bytes a GossipPBFT participant signs for a payload (go-f3 {@code Payload.MarshalForSigning}):
 *
 * <pre>
 * "GPBFT" ":" networkName ":" phase(1) BE64(round) BE64(instance)
 *     commitments(32) chainKey(32) powerTableCid(0 or more)
 * </pre>
 *
 * <p>The network name keeps a signature made for one network from verifying on another, the phase
 * and round keep one vote from standing for another, and the chain enters only through its 32-byte
 * key, so the message stays small however long the chain is. There are no length prefixes and no
 * escaping; an undefined power-table CID adds no bytes. A finality certificate is checked against
 * the payload of round 0 in {@link Phase#DECIDE} ({@link #forDecide}).
 */
public final class SigningPayload {
  /** go-f3 {@code DomainSeparationTag}. */
  public static final String DOMAIN_SEPARATION_TAG = "GPBFT";

  public static final String TAG = "tag";
  public static final String SEPARATOR = "separator";
  public static final String NETWORK = "network";
  public static final String PHASE = "phase";
  public static final String ROUND = "round";
  public static final String INSTANCE = "instance";
  public static final String COMMITMENTS = "commitments";
  public static final String CHAIN_KEY = "chain key";
  public static final String POWER_TABLE_CID = "power table CID";

  private static final int FIXED_LENGTH = 5 + 1 + 1 + 1 + 8 + 8 + 32 + 32;

  /**
   * A labelled byte range of the signing bytes, so that a viewer can show them as annotated hex.
   *
   * @param label one of this class's label constants
   */
  public record Segment(String label, int offset, int length) {}

  private SigningPayload() {}

  /**
   * The signing bytes of a payload.
   *
   * @param instance unsigned 64-bit instance number
   * @param round unsigned 64-bit round number
   * @throws IllegalArgumentException if the network name holds an unpaired surrogate (it has no
   *     UTF-8 form)
   */
  public static byte[] marshalForSigning(
      String networkName,
      long instance,
      long round,
      Phase phase,
      SupplementalData data,
      ECChain value) {
    Objects.requireNonNull(phase, "phase");
    Objects.requireNonNull(data, "data");
    Objects.requireNonNull(value, "value");
    byte[] network = utf8(networkName);
    int cidLength = data.powerTable().map(Cid::byteLength).orElse(0);
    ByteArrayOutputStream out =
        new ByteArrayOutputStream(FIXED_LENGTH + network.length + cidLength);
    out.writeBytes(DOMAIN_SEPARATION_TAG.getBytes(StandardCharsets.US_ASCII));
    out.write(':');
    out.writeBytes(network);
    out.write(':');
    out.write(phase.code());
    writeLong(out, round);
    writeLong(out, instance);
    out.writeBytes(data.commitments());
    out.writeBytes(value.key());
    data.powerTable().ifPresent(cid -> cid.writeTo(out));
    return out.toByteArray();
  }

  /** The signing bytes a finality certificate's signature covers: round 0, {@code DECIDE}. */
  public static byte[] forDecide(
      String networkName, long instance, SupplementalData data, ECChain value) {
    return marshalForSigning(networkName, instance, 0, Phase.DECIDE, data, value);
  }

  /**
   * The segments of the signing bytes for this network name and supplemental data, in order,
   * covering every byte once. The layout depends on nothing else: the other fields have fixed
   * sizes. An undefined power-table CID has no segment.
   */
  public static List<Segment> annotate(String networkName, SupplementalData data) {
    Objects.requireNonNull(data, "data");
    List<Segment> segments = new ArrayList<>(10);
    int offset = 0;
    offset = add(segments, TAG, offset, DOMAIN_SEPARATION_TAG.length());
    offset = add(segments, SEPARATOR, offset, 1);
    offset = add(segments, NETWORK, offset, utf8(networkName).length);
    offset = add(segments, SEPARATOR, offset, 1);
    offset = add(segments, PHASE, offset, 1);
    offset = add(segments, ROUND, offset, 8);
    offset = add(segments, INSTANCE, offset, 8);
    offset = add(segments, COMMITMENTS, offset, TipSet.COMMITMENTS_LENGTH);
    offset = add(segments, CHAIN_KEY, offset, 32);
    int cidLength = data.powerTable().map(Cid::byteLength).orElse(0);
    if (cidLength > 0) {
      add(segments, POWER_TABLE_CID, offset, cidLength);
    }
    return List.copyOf(segments);
  }

  private static int add(List<Segment> segments, String label, int offset, int length) {
    segments.add(new Segment(label, offset, length));
    return offset + length;
  }

  private static byte[] utf8(String text) {
    Objects.requireNonNull(text, "networkName");
    try {
      var encoded =
          StandardCharsets.UTF_8
              .newEncoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .encode(CharBuffer.wrap(text));
      byte[] bytes = new byte[encoded.remaining()];
      encoded.get(bytes);
      return bytes;
    } catch (CharacterCodingException e) {
      throw new IllegalArgumentException("network name has no UTF-8 form (unpaired surrogate)", e);
    }
  }

  private static void writeLong(ByteArrayOutputStream out, long value) {
    for (int shift = 56; shift >= 0; shift -= 8) {
      out.write((int) (value >>> shift));
    }
  }
}
