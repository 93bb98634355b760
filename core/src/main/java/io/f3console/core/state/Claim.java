package io.f3console.core.state;

import io.f3console.core.cbor.CborDecodingException;
import io.f3console.core.cbor.CborReader;
import io.f3console.core.gpbft.StoragePower;
import java.util.Objects;

/**
 * A miner's entry in the power actor's claims map (go-state-types {@code power.Claim}, the same
 * 3-field tuple in every version read).
 *
 * @param windowPoStProofType the registered Window PoSt proof (5–9 V1, 10–14 V1_1)
 * @param rawBytePower the raw byte power
 * @param qualityAdjPower the quality-adjusted power (what the F3 table uses)
 */
public record Claim(
    long windowPoStProofType, StoragePower rawBytePower, StoragePower qualityAdjPower) {
  public Claim {
    Objects.requireNonNull(rawBytePower, "rawBytePower");
    Objects.requireNonNull(qualityAdjPower, "qualityAdjPower");
  }

  static Claim read(CborReader reader) throws CborDecodingException {
    reader.readTupleHeader(3, "claim");
    long proof = reader.readInt64("WindowPoStProofType");
    StoragePower raw = StateCbor.readBigInt(reader, "RawBytePower");
    StoragePower qa = StateCbor.readBigInt(reader, "QualityAdjPower");
    return new Claim(proof, raw, qa);
  }
}
