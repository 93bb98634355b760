package io.f3console.core.rpc;

import io.f3console.core.F3Exception;
import io.f3console.core.cbor.CborDecodingException;
import io.f3console.core.cbor.CborReader;
import io.f3console.core.cbor.CborWriter;
import io.f3console.core.gpbft.ActorId;
import java.util.Base64;
import java.util.Objects;

/**
 * A miner's F3 participation ticket, decoded: what a node grants through {@code
 * F3GetOrRenewParticipationTicket} and the miner hands back to {@code F3Participate}. Lotus and
 * Forest write it as the CBOR tuple of the lease (Lotus {@code api.F3ParticipationLease}, cbor-gen
 * {@code cbor_tuples_gen.go}): the F3 network name, the issuing node's peer ID, the miner's actor
 * ID, the first instance and the number of instances after it. In JSON it is base64.
 *
 * <p>A node accepts a ticket only while its network is the node's and its current instance is at
 * most {@code fromInstance + validityTerm}, and only from itself: a ticket of another node is
 * refused with error 7, "issuer does not match current node" (Lotus {@code
 * ErrF3ParticipationIssuerMismatch}).
 *
 * @param network the F3 network name, e.g. {@code calibrationnet}
 * @param issuer the peer ID of the node that issued it
 * @param miner the miner's actor ID
 * @param fromInstance the first instance of the lease (unsigned)
 * @param validityTerm the instances it lasts after {@code fromInstance} (unsigned)
 */
public record ParticipationTicket(
    String network, PeerId issuer, ActorId miner, long fromInstance, long validityTerm) {

  /** cbor-gen's limit on each of the two strings of the tuple, in bytes. */
  public static final int MAX_STRING = 8192;

  /** The longest base64 text accepted: two strings of the largest size and three integers. */
  public static final int MAX_BASE64 = 4 * ((2 * (MAX_STRING + 3) + 3 * 9 + 1 + 2) / 3);

  public ParticipationTicket {
    Objects.requireNonNull(network, "network");
    Objects.requireNonNull(issuer, "issuer");
    Objects.requireNonNull(miner, "miner");
  }

  /** Why a ticket cannot be read, with where it went wrong. */
  public static final class FormatException extends F3Exception {
    private static final long serialVersionUID = 1L;

    FormatException(String message) {
      super(message);
    }

    FormatException(String message, Throwable cause) {
      super(message, cause);
    }
  }

  /**
   * A ticket as JSON carries it (standard base64, as Go writes a byte slice).
   *
   * @throws FormatException if the text is not base64 of a ticket
   */
  public static ParticipationTicket fromBase64(String text) throws FormatException {
    Objects.requireNonNull(text, "text");
    String trimmed = text.strip();
    if (trimmed.isEmpty()) {
      throw new FormatException("participation ticket: empty");
    }
    if (trimmed.length() > MAX_BASE64) {
      throw new FormatException(
          "participation ticket: "
              + trimmed.length()
              + " characters, longer than any ticket ("
              + MAX_BASE64
              + ")");
    }
    byte[] bytes;
    try {
      bytes = Base64.getDecoder().decode(trimmed);
    } catch (IllegalArgumentException e) {
      throw new FormatException("participation ticket: not base64: " + e.getMessage(), e);
    }
    return decode(bytes);
  }

  /**
   * A ticket from its CBOR bytes, strictly: exactly the five-field tuple, shortest-form headers,
   * UTF-8 strings of at most {@value #MAX_STRING} bytes, nothing after it (Lotus ignores trailing
   * bytes; a ticket with some was not written by a node), and an issuer that is a peer ID.
   *
   * @throws FormatException saying which field is wrong and at which byte
   */
  public static ParticipationTicket decode(byte[] cbor) throws FormatException {
    Objects.requireNonNull(cbor, "cbor");
    CborReader reader = new CborReader(cbor);
    try {
      reader.readTupleHeader(5, "ticket");
      String network = reader.readTextString(MAX_STRING, "Network");
      int issuerAt = reader.position();
      String issuer = reader.readTextString(MAX_STRING, "Issuer");
      long miner = reader.readUint64("MinerID");
      long from = reader.readUint64("FromInstance");
      long term = reader.readUint64("ValidityTerm");
      reader.expectEnd("the ticket");
      PeerId peer;
      try {
        peer = new PeerId(issuer);
      } catch (IllegalArgumentException e) {
        throw new FormatException(
            "participation ticket: Issuer (byte " + issuerAt + "): " + e.getMessage(), e);
      }
      return new ParticipationTicket(network, peer, ActorId.of(miner), from, term);
    } catch (CborDecodingException e) {
      throw new FormatException("participation ticket: " + e.getMessage(), e);
    }
  }

  /** The ticket's bytes as a node writes them. */
  public byte[] encode() {
    return new CborWriter()
        .writeArrayHeader(5)
        .writeTextString(network)
        .writeTextString(issuer.text())
        .writeUint64(miner.bits())
        .writeUint64(fromInstance)
        .writeUint64(validityTerm)
        .toByteArray();
  }

  /** The ticket as JSON carries it. */
  public String toBase64() {
    return Base64.getEncoder().encodeToString(encode());
  }

  /** The lease the ticket grants, as the issuing node would list it. */
  public F3Participant lease() {
    return new F3Participant(miner, fromInstance, validityTerm);
  }
}
