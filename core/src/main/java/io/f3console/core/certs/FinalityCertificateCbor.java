package io.f3console.core.certs;

import io.f3console.core.F3Exception;
import io.f3console.core.bitfield.Bitfield;
import io.f3console.core.bitfield.BitfieldDecodingException;
import io.f3console.core.bitfield.RlePlus;
import io.f3console.core.cbor.CborDecodingException;
import io.f3console.core.cbor.CborReader;
import io.f3console.core.cbor.CborWriter;
import io.f3console.core.gpbft.ActorId;
import io.f3console.core.gpbft.ECChain;
import io.f3console.core.gpbft.ECChainCbor;
import io.f3console.core.gpbft.PubKey;
import io.f3console.core.gpbft.StoragePower;
import io.f3console.core.gpbft.SupplementalData;
import io.f3console.core.gpbft.SupplementalDataCbor;
import java.util.ArrayList;
import java.util.List;

/**
 * DAG-CBOR of a {@link FinalityCertificate}, byte for byte as go-f3's cbor-gen code ({@code
 * certs/cbor_gen.go}) writes and reads it:
 *
 * <pre>
 * 86 || uint GPBFTInstance || ECChain || SupplementalData || bstr Signers (RLE+)
 *    || bstr Signature || array(k) of (83 || uint ParticipantID || bigint PowerDelta || bstr SigningKey)
 * </pre>
 *
 * <p>Limits on both sides, as cbor-gen and go-bitfield apply them: at most {@link
 * ECChainCbor#MAX_TIPSETS} tipsets, tipset keys of at most 760 bytes, at most {@link
 * RlePlus#MAX_ENCODED_SIZE} bytes of RLE+, a signature of at most {@link #MAX_SIGNATURE_LENGTH}
 * bytes (not 96: the length is checked by the verifier), at most {@link #MAX_DELTAS} deltas with
 * keys of at most 48 bytes. Every header must be minimal.
 *
 * <p>Deliberate difference: go-bitfield only checks the RLE+ version bits when it reads a
 * certificate and fails on the rest when the signers are first used; this decoder decodes the
 * signers at once, so a certificate with broken RLE+ is refused here rather than at validation.
 */
public final class FinalityCertificateCbor {
  /** cbor-gen's byte-string limit for the signature (2 MiB). */
  public static final int MAX_SIGNATURE_LENGTH = CborReader.MAX_BYTE_STRING;

  /** cbor-gen's array limit for the power-table delta. */
  public static final int MAX_DELTAS = CborReader.MAX_LENGTH;

  private FinalityCertificateCbor() {}

  /** The certificate's DAG-CBOR bytes; see {@link #write} for what cannot be encoded. */
  public static byte[] encode(FinalityCertificate certificate) {
    CborWriter writer = new CborWriter(256 + certificate.chain().size() * 200);
    write(writer, certificate);
    return writer.toByteArray();
  }

  /**
   * Writes the certificate, with the signers' original RLE+ bytes when it kept them.
   *
   * @throws IllegalArgumentException for what go-f3 also refuses to encode: an undefined
   *     supplemental power-table CID, or a field over its limit
   */
  public static void write(CborWriter writer, FinalityCertificate certificate) {
    byte[] signers = certificate.signersBytes();
    byte[] signature = certificate.signature();
    List<PowerTableDelta> deltas = certificate.powerTableDelta();
    if (signers.length > RlePlus.MAX_ENCODED_SIZE) {
      throw new IllegalArgumentException(
          "signers take "
              + signers.length
              + " bytes of RLE+, more than "
              + RlePlus.MAX_ENCODED_SIZE);
    }
    if (signature.length > MAX_SIGNATURE_LENGTH) {
      throw new IllegalArgumentException(
          "signature of " + signature.length + " bytes exceeds " + MAX_SIGNATURE_LENGTH);
    }
    if (deltas.size() > MAX_DELTAS) {
      throw new IllegalArgumentException(
          deltas.size() + " power-table deltas exceed " + MAX_DELTAS);
    }
    writer.writeArrayHeader(6);
    writer.writeUint64(certificate.instance());
    ECChainCbor.write(writer, certificate.chain());
    SupplementalDataCbor.write(writer, certificate.supplementalData());
    writer.writeByteString(signers);
    writer.writeByteString(signature);
    writer.writeArrayHeader(deltas.size());
    for (PowerTableDelta delta : deltas) {
      writer.writeArrayHeader(3);
      writer.writeUint64(delta.participant().bits());
      writer.writeByteString(delta.powerDelta().toBytes());
      writer.writeByteString(delta.signingKey().toBytes());
    }
  }

  /** Decodes a buffer that holds exactly one certificate and nothing after it. */
  public static FinalityCertificate decode(byte[] bytes) throws CborDecodingException {
    CborReader reader = new CborReader(bytes);
    FinalityCertificate certificate = read(reader);
    reader.expectEnd("the finality certificate");
    return certificate;
  }

  /**
   * Reads one certificate at the reader's position. Errors name the field as a path, e.g. {@code
   * ECChain[2].Epoch}, and the byte offset.
   */
  public static FinalityCertificate read(CborReader reader) throws CborDecodingException {
    reader.readTupleHeader(6, "FinalityCertificate");
    long instance = reader.readUint64("GPBFTInstance");
    ECChain chain = ECChainCbor.read(reader, "ECChain");
    SupplementalData data = SupplementalDataCbor.read(reader, "SupplementalData");
    int signersOffset = reader.position();
    byte[] encoding = reader.readByteString(RlePlus.MAX_ENCODED_SIZE, "Signers");
    Bitfield signers;
    try {
      signers = RlePlus.decode(encoding);
    } catch (BitfieldDecodingException e) {
      throw new CborDecodingException("Signers: " + e.getMessage(), signersOffset, e);
    }
    byte[] signature = reader.readByteString(MAX_SIGNATURE_LENGTH, "Signature");
    int count = reader.readArrayHeader(MAX_DELTAS, "PowerTableDelta");
    List<PowerTableDelta> deltas = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      deltas.add(readDelta(reader, "PowerTableDelta[" + i + "]"));
    }
    return FinalityCertificate.decoded(instance, chain, data, signers, encoding, signature, deltas);
  }

  private static PowerTableDelta readDelta(CborReader reader, String path)
      throws CborDecodingException {
    reader.readTupleHeader(3, path);
    long participant = reader.readUint64(path + ".ParticipantID");
    int powerOffset = reader.position();
    byte[] powerBytes = reader.readByteString(StoragePower.MAX_BYTES, path + ".PowerDelta");
    StoragePower power;
    try {
      power = StoragePower.fromBytes(powerBytes);
    } catch (F3Exception e) {
      throw new CborDecodingException(path + ".PowerDelta: " + e.getMessage(), powerOffset, e);
    }
    byte[] key = reader.readByteString(PubKey.MAX_LENGTH, path + ".SigningKey");
    return new PowerTableDelta(ActorId.of(participant), power, PubKey.of(key));
  }
}
