package io.f3console.core.certs;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import io.f3console.core.bitfield.Bitfield;
import io.f3console.core.bitfield.BitfieldDecodingException;
import io.f3console.core.bitfield.RlePlus;
import io.f3console.core.cid.Cid;
import io.f3console.core.gpbft.ActorId;
import io.f3console.core.gpbft.ECChain;
import io.f3console.core.gpbft.ECChainCbor;
import io.f3console.core.gpbft.PubKey;
import io.f3console.core.gpbft.StoragePower;
import io.f3console.core.gpbft.SupplementalData;
import io.f3console.core.gpbft.TipSet;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Streams certificates out of Lotus JSON: one certificate object, or an array of them read one
 * element at a time. See {@link CertificateJson} for the accepted form.
 */
final class CertificateJsonParser implements CertificateReader.Source {
  /** A 32 KiB RLE+ buffer holds at most one run per bit. */
  static final int MAX_RUN_LENGTHS = 8 * RlePlus.MAX_ENCODED_SIZE;

  /** Commitments of any plausible wrong length are decoded, so the error can give the length. */
  private static final int MAX_COMMITMENTS_DECODED = 1024;

  private final JsonCursor in;
  private final boolean array;
  private int index;
  private boolean done;

  private CertificateJsonParser(JsonCursor in, boolean array) {
    this.in = in;
    this.array = array;
  }

  /** Reads the first token, which decides between one certificate and an array of them. */
  static CertificateJsonParser start(JsonParser parser, String source)
      throws CertificateFormatException {
    JsonCursor in = new JsonCursor(parser, source);
    try {
      JsonToken first = in.next();
      if (first == JsonToken.START_ARRAY || first == JsonToken.START_OBJECT) {
        return new CertificateJsonParser(in, first == JsonToken.START_ARRAY);
      }
      throw in.error(
          "",
          "expected a finality certificate object or an array of them, found "
              + JsonCursor.describe(first));
    } catch (JsonProcessingException e) {
      throw malformed(source, e, "");
    } catch (IOException e) {
      throw new CertificateFormatException(source + ": cannot read: " + e.getMessage(), e);
    }
  }

  @Override
  public Optional<FinalityCertificate> next() throws CertificateFormatException {
    if (done) {
      return Optional.empty();
    }
    String path = array ? "[" + index + "]" : "";
    try {
      if (array) {
        JsonToken token = in.next();
        if (token == JsonToken.END_ARRAY) {
          finish();
          return Optional.empty();
        }
        in.expect(JsonToken.START_OBJECT, path, "a finality certificate object");
      }
      FinalityCertificate certificate = readCertificate(path);
      index++;
      if (!array) {
        finish();
      }
      return Optional.of(certificate);
    } catch (JsonProcessingException e) {
      done = true;
      throw malformed(in.source(), e, path);
    } catch (IOException e) {
      done = true;
      throw new CertificateFormatException(in.source() + ": cannot read: " + e.getMessage(), e);
    }
  }

  private void finish() throws IOException, CertificateFormatException {
    done = true;
    JsonToken after = in.next();
    if (after != null) {
      throw in.error(
          "",
          "unexpected content after the "
              + (array ? "certificate array" : "certificate")
              + ": "
              + JsonCursor.describe(after));
    }
  }

  private static CertificateFormatException malformed(
      String source, JsonProcessingException e, String path) {
    return new CertificateFormatException(
        source
            + ": "
            + JsonCursor.where(e.getLocation())
            + (path.isEmpty() ? "" : path + ": ")
            + "malformed JSON: "
            + e.getOriginalMessage(),
        e);
  }

  @Override
  public void close() throws IOException {
    in.parser().close();
  }

  private static String join(String path, String field) {
    return path.isEmpty() ? field : path + "." + field;
  }

  private FinalityCertificate readCertificate(String path)
      throws IOException, CertificateFormatException {
    ObjectFields fields = new ObjectFields(path);
    long instance = 0;
    ECChain chain = null;
    SupplementalData data = null;
    Bitfield signers = null;
    byte[] signature = null;
    List<PowerTableDelta> deltas = List.of();
    while (fields.next()) {
      String fieldPath = fields.path();
      switch (fields.name()) {
        case "GPBFTInstance" -> instance = in.readUint64(fieldPath);
        case "ECChain" -> chain = readChain(fieldPath);
        case "SupplementalData" -> data = readSupplementalData(fieldPath);
        case "Signers" -> signers = readSigners(fieldPath);
        case "Signature" ->
            signature = in.readBytes(fieldPath, FinalityCertificateCbor.MAX_SIGNATURE_LENGTH);
        case "PowerTableDelta" -> deltas = readDeltas(fieldPath);
        default ->
            throw in.error(
                fieldPath,
                "unknown field (expected GPBFTInstance, ECChain, "
                    + "SupplementalData, Signers, Signature, PowerTableDelta)");
      }
    }
    fields.require("GPBFTInstance", "ECChain", "SupplementalData", "Signers", "Signature");
    return FinalityCertificate.of(instance, chain, data, signers, signature, deltas);
  }

  /**
   * The fields of the JSON object being read, one at a time: each positioned on its value,
   * duplicates refused, and at the end the required ones checked.
   */
  private final class ObjectFields {
    private final String path;
    private final JsonLocation start = in.location();
    private final Set<String> seen = new HashSet<>();
    private String name;

    ObjectFields(String path) {
      this.path = path;
    }

    /** Moves to the next field's value; false at the end of the object. */
    boolean next() throws IOException, CertificateFormatException {
      if (!in.nextField()) {
        return false;
      }
      name = in.fieldName();
      if (!seen.add(name)) {
        throw in.error(path(), "duplicate field");
      }
      in.next();
      return true;
    }

    String name() {
      return name;
    }

    String path() {
      return join(path, name);
    }

    void require(String... required) throws CertificateFormatException {
      for (String field : required) {
        if (!seen.contains(field)) {
          throw in.error(start, path, "missing field " + field);
        }
      }
    }
  }

  private ECChain readChain(String path) throws IOException, CertificateFormatException {
    if (in.current() == JsonToken.VALUE_NULL) {
      return ECChain.ZERO;
    }
    in.expect(JsonToken.START_ARRAY, path, "an array of tipsets or null");
    List<TipSet> tipSets = new ArrayList<>();
    while (in.next() != JsonToken.END_ARRAY) {
      String tipSetPath = path + "[" + tipSets.size() + "]";
      if (tipSets.size() == ECChainCbor.MAX_TIPSETS) {
        throw in.error(tipSetPath, "more than " + ECChainCbor.MAX_TIPSETS + " tipsets");
      }
      in.expect(JsonToken.START_OBJECT, tipSetPath, "a tipset object");
      tipSets.add(readTipSet(tipSetPath));
    }
    return ECChain.of(tipSets);
  }

  private TipSet readTipSet(String path) throws IOException, CertificateFormatException {
    ObjectFields fields = new ObjectFields(path);
    byte[] key = null;
    byte[] commitments = null;
    long epoch = 0;
    Cid powerTable = null;
    while (fields.next()) {
      String fieldPath = fields.path();
      switch (fields.name()) {
        case "Key" -> key = readKey(fieldPath);
        case "Commitments" -> commitments = readCommitments(fieldPath);
        case "Epoch" -> epoch = in.readInt64(fieldPath);
        case "PowerTable" -> {
          if (in.current() == JsonToken.VALUE_NULL) {
            throw in.error(fieldPath, "must not be null (power table CID must not be empty)");
          }
          powerTable = in.readCid(fieldPath);
        }
        default ->
            throw in.error(
                fieldPath, "unknown field (expected Key, Commitments, Epoch, PowerTable)");
      }
    }
    fields.require("Key", "Commitments", "Epoch", "PowerTable");
    return TipSet.of(epoch, key, powerTable, commitments);
  }

  /** The block CIDs, concatenated; {@code null} is an empty key, as go-f3 writes one. */
  private byte[] readKey(String path) throws IOException, CertificateFormatException {
    if (in.current() == JsonToken.VALUE_NULL) {
      return new byte[0];
    }
    in.expect(JsonToken.START_ARRAY, path, "an array of block CIDs");
    ByteArrayOutputStream key = new ByteArrayOutputStream(200);
    int count = 0;
    while (in.next() != JsonToken.END_ARRAY) {
      String cidPath = path + "[" + count + "]";
      in.readCid(cidPath).writeTo(key);
      if (key.size() > TipSet.MAX_KEY_LENGTH) {
        throw in.error(cidPath, "the key exceeds " + TipSet.MAX_KEY_LENGTH + " bytes");
      }
      count++;
    }
    return key.toByteArray();
  }

  private byte[] readCommitments(String path) throws IOException, CertificateFormatException {
    byte[] bytes = in.readBytes(path, MAX_COMMITMENTS_DECODED);
    if (bytes.length != TipSet.COMMITMENTS_LENGTH) {
      throw in.error(path, "commitments must be 32 bytes, found " + bytes.length);
    }
    return bytes;
  }

  private SupplementalData readSupplementalData(String path)
      throws IOException, CertificateFormatException {
    in.expect(JsonToken.START_OBJECT, path, "an object");
    ObjectFields fields = new ObjectFields(path);
    byte[] commitments = null;
    Optional<Cid> powerTable = Optional.empty();
    while (fields.next()) {
      String fieldPath = fields.path();
      switch (fields.name()) {
        case "Commitments" -> commitments = readCommitments(fieldPath);
        case "PowerTable" ->
            powerTable =
                in.current() == JsonToken.VALUE_NULL
                    ? Optional.empty()
                    : Optional.of(in.readCid(fieldPath));
        default -> throw in.error(fieldPath, "unknown field (expected Commitments, PowerTable)");
      }
    }
    fields.require("Commitments", "PowerTable");
    return SupplementalData.of(commitments, powerTable);
  }

  /** go-bitfield's JSON: run lengths, alternating unset and set, starting with unset. */
  private Bitfield readSigners(String path) throws IOException, CertificateFormatException {
    JsonLocation start = in.location();
    in.expect(JsonToken.START_ARRAY, path, "an array of run lengths");
    long[] runs = new long[16];
    int count = 0;
    while (in.next() != JsonToken.END_ARRAY) {
      if (count == MAX_RUN_LENGTHS) {
        throw in.error(path, "more than " + MAX_RUN_LENGTHS + " run lengths");
      }
      if (count == runs.length) {
        runs = Arrays.copyOf(runs, 2 * count);
      }
      runs[count] = in.readUint64(path + "[" + count + "]");
      count++;
    }
    Bitfield signers;
    try {
      signers = RlePlus.fromRunLengths(Arrays.copyOf(runs, count));
    } catch (BitfieldDecodingException e) {
      throw in.error(start, path, e.getMessage());
    }
    int encoded = RlePlus.encode(signers).length;
    if (encoded > RlePlus.MAX_ENCODED_SIZE) {
      throw in.error(
          start,
          path,
          "the signers need " + encoded + " bytes of RLE+, more than " + RlePlus.MAX_ENCODED_SIZE);
    }
    return signers;
  }

  /** Absent, {@code null} and {@code []} all mean no change. */
  private List<PowerTableDelta> readDeltas(String path)
      throws IOException, CertificateFormatException {
    if (in.current() == JsonToken.VALUE_NULL) {
      return List.of();
    }
    in.expect(JsonToken.START_ARRAY, path, "an array of deltas or null");
    List<PowerTableDelta> deltas = new ArrayList<>();
    while (in.next() != JsonToken.END_ARRAY) {
      String deltaPath = path + "[" + deltas.size() + "]";
      if (deltas.size() == FinalityCertificateCbor.MAX_DELTAS) {
        throw in.error(deltaPath, "more than " + FinalityCertificateCbor.MAX_DELTAS + " deltas");
      }
      in.expect(JsonToken.START_OBJECT, deltaPath, "a delta object");
      deltas.add(readDelta(deltaPath));
    }
    return deltas;
  }

  private PowerTableDelta readDelta(String path) throws IOException, CertificateFormatException {
    ObjectFields fields = new ObjectFields(path);
    long participant = 0;
    StoragePower power = null;
    PubKey key = PubKey.EMPTY;
    while (fields.next()) {
      String fieldPath = fields.path();
      switch (fields.name()) {
        case "ParticipantID" -> participant = in.readUint64(fieldPath);
        case "PowerDelta" -> power = in.readBigInt(fieldPath);
        case "SigningKey" -> key = PubKey.of(in.readBytes(fieldPath, PubKey.MAX_LENGTH));
        default ->
            throw in.error(
                fieldPath, "unknown field (expected ParticipantID, PowerDelta, SigningKey)");
      }
    }
    fields.require("ParticipantID", "PowerDelta");
    return new PowerTableDelta(ActorId.of(participant), power, key);
  }
}
