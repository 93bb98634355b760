package io.f3console.core.gpbft;

import io.f3console.core.cbor.CborDecodingException;
import io.f3console.core.cbor.CborReader;
import io.f3console.core.cbor.CborWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * DAG-CBOR of an {@link ECChain} in go-f3's wire form (its "legacy" form, a plain array of tipsets,
 * kept for compatibility with the first calibnet): the zero chain is written {@code 80}; reading
 * takes {@code f6} (a nil chain pointer) or {@code 80} as the zero chain. At most {@link
 * #MAX_TIPSETS} tipsets, cbor-gen's length limit, on both sides; that is far above the {@link
 * ECChain#MAX_LENGTH} a valid chain may have, which {@link ECChain#validationError()} checks.
 */
public final class ECChainCbor {
  /** cbor-gen's array limit for the chain. */
  public static final int MAX_TIPSETS = CborReader.MAX_LENGTH;

  private ECChainCbor() {}

  public static byte[] encode(ECChain chain) {
    CborWriter writer = new CborWriter(1 + chain.size() * 200);
    write(writer, chain);
    return writer.toByteArray();
  }

  /**
   * Writes the chain as an array of tipsets.
   *
   * @throws IllegalArgumentException if it has more than {@link #MAX_TIPSETS} tipsets or a key
   *     longer than {@link TipSet#MAX_KEY_LENGTH}
   */
  public static void write(CborWriter writer, ECChain chain) {
    if (chain.size() > MAX_TIPSETS) {
      throw new IllegalArgumentException(
          "chain of "
              + chain.size()
              + " tipsets exceeds "
              + MAX_TIPSETS
              + " and cannot be encoded");
    }
    writer.writeArrayHeader(chain.size());
    for (TipSet tipSet : chain.tipSets()) {
      TipSetCbor.write(writer, tipSet);
    }
  }

  /** Decodes a buffer holding exactly one chain. */
  public static ECChain decode(byte[] bytes) throws CborDecodingException {
    CborReader reader = new CborReader(bytes);
    ECChain chain = read(reader, "ECChain");
    reader.expectEnd("the chain");
    return chain;
  }

  /**
   * Reads a chain, or {@code null} ({@code f6}) as the zero chain.
   *
   * @param path names the chain in errors; tipset {@code i} is {@code path[i]}
   */
  public static ECChain read(CborReader reader, String path) throws CborDecodingException {
    if (reader.readNullIfPresent()) {
      return ECChain.ZERO;
    }
    int count = reader.readArrayHeader(MAX_TIPSETS, path);
    List<TipSet> tipSets = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      tipSets.add(TipSetCbor.read(reader, path + "[" + i + "]"));
    }
    return ECChain.of(tipSets);
  }
}
