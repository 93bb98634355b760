package io.f3console.core.certs;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import io.f3console.core.bitfield.RlePlus;
import io.f3console.core.cid.Cid;
import io.f3console.core.cid.CidFormatException;
import io.f3console.core.gpbft.ECChain;
import io.f3console.core.gpbft.TipSet;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * Finality certificates in Lotus JSON, the form of {@code Filecoin.F3GetCertificate} and {@code
 * lotus f3 certs get --output json}: Go's default encoding of go-f3's {@code FinalityCertificate}
 * with its custom types.
 *
 * <pre>
 * {"GPBFTInstance": n,
 *  "ECChain": [{"Key": [{"/": cid}…], "Commitments": b64, "Epoch": n, "PowerTable": {"/": cid}}…] | null,
 *  "SupplementalData": {"Commitments": b64, "PowerTable": {"/": cid} | null},
 *  "Signers": [run lengths, starting with an unset run],
 *  "Signature": b64 | null,
 *  "PowerTableDelta": [{"ParticipantID": n, "PowerDelta": "signed decimal", "SigningKey": b64 | null}]}
 * </pre>
 *
 * <p><b>Reading</b> takes one certificate object or an array of them, and streams the array one
 * certificate at a time ({@link #open}). It accepts what non-Go writers produce too: {@code
 * PowerTableDelta} absent, {@code null} or {@code []} is no change (rust-f3 writes {@code []}), a
 * {@code SigningKey} of {@code null}, {@code ""} or absent is no key change. It is stricter than Go
 * where Go's leniency would only hide a broken file: field names must match exactly, unknown and
 * duplicate fields are refused, every field but {@code PowerTableDelta} and {@code SigningKey} is
 * required, {@code Signers} may not be {@code null}, integers must be JSON integers in range
 * ({@code GPBFTInstance} and {@code ParticipantID} unsigned 64-bit, {@code Epoch} signed 64-bit),
 * base64 must be padded, commitments must be 32 bytes. The limits of the CBOR form apply (8192
 * tipsets, keys of 760 bytes, signatures of 2 MiB, 8192 deltas, signers that fit 32 KiB of RLE+),
 * so whatever is read can be encoded. Errors give the source, line, column and a path such as
 * {@code [3].ECChain[2].Epoch}.
 *
 * <p><b>Writing</b> reproduces Go's bytes: field order as above, {@code PowerTableDelta} omitted
 * when empty ({@code omitempty}), {@code null} for the zero chain, an empty key, an empty
 * signature, an unchanged key and an undefined power-table CID, standard padded base64, and either
 * {@code json.Marshal}'s compact layout or {@code json.MarshalIndent}'s two-space one.
 */
public final class CertificateJson {
  private static final JsonFactory FACTORY =
      JsonFactory.builder()
          .streamReadConstraints(
              StreamReadConstraints.builder()
                  .maxNestingDepth(16)
                  .maxNumberLength(64)
                  // Base64 of the largest signature (2 MiB) is 2.8 million characters.
                  .maxStringLength(3 << 20)
                  .build())
          .build();

  private CertificateJson() {}

  /**
   * All certificates of a JSON document (one certificate or an array).
   *
   * @param source names the input in error messages, e.g. a file name
   */
  public static List<FinalityCertificate> readAll(InputStream in, String source)
      throws CertificateFormatException {
    List<FinalityCertificate> certificates = new ArrayList<>();
    try (CertificateReader reader = open(in, source)) {
      Optional<FinalityCertificate> next;
      while ((next = reader.next()).isPresent()) {
        certificates.add(next.get());
      }
    } catch (IOException e) {
      throw new CertificateFormatException(source + ": cannot close: " + e.getMessage(), e);
    }
    return certificates;
  }

  /**
   * A reader that parses the certificates of a JSON document one at a time. The first token is read
   * at once; the reader closes {@code in} when it is closed, and so does a failure here.
   */
  public static CertificateReader open(InputStream in, String source)
      throws CertificateFormatException {
    JsonParser parser;
    try {
      parser = FACTORY.createParser(in);
    } catch (IOException e) {
      throw new CertificateFormatException(source + ": cannot read: " + e.getMessage(), e);
    }
    try {
      return new CertificateReader(CertificateJsonParser.start(parser, source), source);
    } catch (CertificateFormatException e) {
      try {
        parser.close();
      } catch (IOException closing) {
        e.addSuppressed(closing);
      }
      throw e;
    }
  }

  /**
   * Writes the certificates as an indented JSON array, the layout of {@code json.MarshalIndent}
   * over a slice, and flushes (but does not close) {@code out}.
   *
   * @throws IllegalArgumentException if a tipset key is not a sequence of CIDs (Go cannot write it
   *     either)
   */
  public static void write(List<FinalityCertificate> certificates, OutputStream out)
      throws IOException {
    try (ArrayWriter writer = arrayWriter(out)) {
      for (FinalityCertificate certificate : certificates) {
        writer.add(certificate);
      }
    }
  }

  /**
   * A writer that adds certificates one at a time to the indented JSON array of {@link #write(List,
   * OutputStream)}, byte for byte, so that a long range never has to be in memory. Closing it ends
   * the array and flushes (but does not close) {@code out}.
   */
  public static ArrayWriter arrayWriter(OutputStream out) throws IOException {
    return new ArrayWriter(out);
  }

  /** See {@link #arrayWriter(OutputStream)}. */
  public static final class ArrayWriter implements java.io.Closeable {
    private final Writer writer;
    private final GoJsonWriter json;
    private long written;
    private boolean closed;

    private ArrayWriter(OutputStream out) throws IOException {
      writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
      json = new GoJsonWriter(writer, true);
      json.beginArray();
    }

    /**
     * Appends one certificate.
     *
     * @throws IllegalArgumentException if a tipset key is not a sequence of CIDs
     */
    public void add(FinalityCertificate certificate) throws IOException {
      if (closed) {
        throw new IllegalStateException("the array is already closed");
      }
      CertificateJson.write(json, certificate);
      written++;
    }

    /** How many certificates were added. */
    public long written() {
      return written;
    }

    @Override
    public void close() throws IOException {
      if (!closed) {
        closed = true;
        json.endArray();
        writer.flush();
      }
    }
  }

  /** The compact form ({@code json.Marshal}), as the Lotus RPC returns it. */
  public static String toJson(FinalityCertificate certificate) {
    return format(certificate, false);
  }

  /** The two-space indented form ({@code json.MarshalIndent}), as the Lotus CLI prints it. */
  public static String toIndentedJson(FinalityCertificate certificate) {
    return format(certificate, true);
  }

  private static String format(FinalityCertificate certificate, boolean indent) {
    StringWriter text = new StringWriter(1024 + certificate.chain().size() * 400);
    try {
      write(new GoJsonWriter(text, indent), certificate);
    } catch (IOException e) {
      throw new UncheckedIOException("a StringWriter does not fail", e);
    }
    return text.toString();
  }

  private static void write(GoJsonWriter json, FinalityCertificate certificate) throws IOException {
    json.beginObject();
    json.name("GPBFTInstance").number(Long.toUnsignedString(certificate.instance()));
    json.name("ECChain");
    writeChain(json, certificate.chain());
    json.name("SupplementalData").beginObject();
    json.name("Commitments").string(base64(certificate.supplementalData().commitments()));
    json.name("PowerTable");
    writeCid(json, certificate.supplementalData().powerTable());
    json.endObject();
    json.name("Signers").beginArray();
    for (long run : RlePlus.toRunLengths(certificate.signers())) {
      json.number(Long.toUnsignedString(run));
    }
    json.endArray();
    json.name("Signature");
    writeBytes(json, certificate.signature());
    if (!certificate.powerTableDelta().isEmpty()) {
      json.name("PowerTableDelta").beginArray();
      for (PowerTableDelta delta : certificate.powerTableDelta()) {
        json.beginObject();
        json.name("ParticipantID").number(delta.participant().decimal());
        json.name("PowerDelta").string(delta.powerDelta().toString());
        json.name("SigningKey");
        writeBytes(json, delta.signingKey().toBytes());
        json.endObject();
      }
      json.endArray();
    }
    json.endObject();
  }

  private static void writeChain(GoJsonWriter json, ECChain chain) throws IOException {
    if (chain.isZero()) {
      json.nullValue();
      return;
    }
    json.beginArray();
    for (int i = 0; i < chain.size(); i++) {
      TipSet tipSet = chain.get(i);
      List<Cid> blocks;
      try {
        blocks = tipSet.keyCids();
      } catch (CidFormatException e) {
        throw new IllegalArgumentException(
            "tipset " + i + " has no JSON form: " + e.getMessage(), e);
      }
      json.beginObject().name("Key");
      if (blocks.isEmpty()) {
        json.nullValue();
      } else {
        json.beginArray();
        for (Cid block : blocks) {
          writeCid(json, Optional.of(block));
        }
        json.endArray();
      }
      json.name("Commitments").string(base64(tipSet.commitments()));
      json.name("Epoch").number(Long.toString(tipSet.epoch()));
      json.name("PowerTable");
      writeCid(json, Optional.of(tipSet.powerTable()));
      json.endObject();
    }
    json.endArray();
  }

  private static void writeCid(GoJsonWriter json, Optional<Cid> cid) throws IOException {
    if (cid.isEmpty()) {
      json.nullValue();
    } else {
      json.beginObject().name("/").string(cid.get().toString()).endObject();
    }
  }

  /** Go writes a nil slice as {@code null}; decoded empty byte fields are nil. */
  private static void writeBytes(GoJsonWriter json, byte[] bytes) throws IOException {
    if (bytes.length == 0) {
      json.nullValue();
    } else {
      json.string(base64(bytes));
    }
  }

  private static String base64(byte[] bytes) {
    return Base64.getEncoder().encodeToString(bytes);
  }
}
