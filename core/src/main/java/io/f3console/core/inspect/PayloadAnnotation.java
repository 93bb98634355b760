package io.f3console.core.inspect;

import io.f3console.core.cid.Cid;
import io.f3console.core.cid.CidFormatException;
import io.f3console.core.gpbft.Phase;
import io.f3console.core.gpbft.SigningPayload;
import io.f3console.core.gpbft.SupplementalData;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * The bytes a certificate's committee signed, cut into go-f3's fields ({@link
 * SigningPayload#annotate}) with what each field holds and why it is there, for showing the payload
 * as annotated hex.
 */
public final class PayloadAnnotation {
  private static final HexFormat HEX = HexFormat.of();

  private PayloadAnnotation() {}

  /**
   * One field of the signing payload.
   *
   * @param label the field's {@link SigningPayload} label constant
   * @param title the field's name for people
   * @param value what the bytes say, decoded (the network name, the phase, the CID…)
   * @param meaning why the field is signed, in one sentence
   * @param offset where the field starts in the payload
   * @param hex the field's bytes as lower-case hex
   */
  public record Part(
      String label, String title, String value, String meaning, int offset, String hex) {
    public Part {
      Objects.requireNonNull(label, "label");
      Objects.requireNonNull(title, "title");
      Objects.requireNonNull(value, "value");
      Objects.requireNonNull(meaning, "meaning");
      Objects.requireNonNull(hex, "hex");
    }

    /** How many bytes the field has. */
    public int length() {
      return hex.length() / 2;
    }

    /** Whether the field is one of the two ':' separators. */
    public boolean separator() {
      return label.equals(SigningPayload.SEPARATOR);
    }
  }

  /**
   * The fields of {@code payload}, the signing bytes of a certificate on {@code networkName} with
   * {@code data} as its supplemental data. Together they cover every byte once, in order.
   *
   * @throws IllegalArgumentException if the payload does not have the layout of that network name
   *     and supplemental data
   */
  public static List<Part> of(String networkName, SupplementalData data, byte[] payload) {
    List<SigningPayload.Segment> segments = SigningPayload.annotate(networkName, data);
    SigningPayload.Segment last = segments.get(segments.size() - 1);
    if (last.offset() + last.length() != payload.length) {
      throw new IllegalArgumentException(
          "the payload has "
              + payload.length
              + " bytes, but its fields for network "
              + networkName
              + " take "
              + (last.offset() + last.length()));
    }
    List<Part> parts = new ArrayList<>(segments.size());
    for (SigningPayload.Segment segment : segments) {
      byte[] bytes =
          Arrays.copyOfRange(payload, segment.offset(), segment.offset() + segment.length());
      parts.add(
          new Part(
              segment.label(),
              title(segment.label()),
              value(segment.label(), bytes),
              meaning(segment.label()),
              segment.offset(),
              HEX.formatHex(bytes)));
    }
    return List.copyOf(parts);
  }

  /** {@link #of} for hex-encoded payload bytes, as the PAYLOAD stage records them. */
  public static List<Part> ofHex(String networkName, SupplementalData data, String payloadHex) {
    return of(networkName, data, HEX.parseHex(payloadHex));
  }

  private static String title(String label) {
    return switch (label) {
      case SigningPayload.TAG -> "Domain tag";
      case SigningPayload.SEPARATOR -> "Separator";
      case SigningPayload.NETWORK -> "Network name";
      case SigningPayload.PHASE -> "Phase";
      case SigningPayload.ROUND -> "Round";
      case SigningPayload.INSTANCE -> "Instance";
      case SigningPayload.COMMITMENTS -> "Commitments";
      case SigningPayload.CHAIN_KEY -> "Chain key";
      case SigningPayload.POWER_TABLE_CID -> "Next power table CID";
      default -> label;
    };
  }

  private static String meaning(String label) {
    return switch (label) {
      case SigningPayload.TAG ->
          "Marks the bytes as a GossipPBFT message, so a signature on"
              + " them cannot stand for any other kind of data.";
      case SigningPayload.SEPARATOR -> "A ':' between the tag, the network name and the rest.";
      case SigningPayload.NETWORK ->
          "Binds the signature to one network: it does not verify"
              + " with any other network name.";
      case SigningPayload.PHASE ->
          "The vote's phase; a certificate is the DECIDE vote, and the"
              + " phase keeps one vote from standing for another.";
      case SigningPayload.ROUND ->
          "The round, 8 bytes big-endian; certificates are checked" + " against round 0.";
      case SigningPayload.INSTANCE ->
          "The consensus instance the certificate finalises," + " 8 bytes big-endian.";
      case SigningPayload.COMMITMENTS -> "The 32 bytes of commitments of the supplemental data.";
      case SigningPayload.CHAIN_KEY ->
          "The Merkle root (Keccak-256) of the finalised tipsets:"
              + " the chain enters the signature only through this key.";
      case SigningPayload.POWER_TABLE_CID ->
          "The CID of the power table that validates the"
              + " next instance: the committee hands over to its successor by signing it.";
      default -> "";
    };
  }

  private static String value(String label, byte[] bytes) {
    return switch (label) {
      case SigningPayload.TAG, SigningPayload.SEPARATOR, SigningPayload.NETWORK ->
          new String(bytes, StandardCharsets.UTF_8);
      case SigningPayload.PHASE -> phase(bytes[0] & 0xff);
      case SigningPayload.ROUND, SigningPayload.INSTANCE ->
          Long.toUnsignedString(ByteBuffer.wrap(bytes).getLong());
      case SigningPayload.POWER_TABLE_CID -> cid(bytes);
      default -> HEX.formatHex(bytes);
    };
  }

  private static String phase(int code) {
    try {
      return Phase.ofCode(code).name() + " (" + code + ")";
    } catch (IllegalArgumentException e) {
      return "unknown phase " + code;
    }
  }

  private static String cid(byte[] bytes) {
    try {
      return Cid.fromBytes(bytes).toString();
    } catch (CidFormatException e) {
      return HEX.formatHex(bytes);
    }
  }
}
