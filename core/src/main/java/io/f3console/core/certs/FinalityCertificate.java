package io.f3console.core.certs;

import io.f3console.core.bitfield.Bitfield;
import io.f3console.core.bitfield.RlePlus;
import io.f3console.core.gpbft.ECChain;
import io.f3console.core.gpbft.SupplementalData;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A finality certificate (go-f3 {@code certs.FinalityCertificate}): the proof that a strong quorum
 * of one instance's committee decided a chain. It carries the instance number, the chain (base =
 * the previous certificate's head), the supplemental data (naming the next committee's power
 * table), the signers as indexes into this instance's power table, their aggregate BLS signature,
 * and the power-table changes leading to the next instance.
 *
 * <p>This is the decoded value only: nothing here checks the signature or the chain. Immutable;
 * byte arrays and lists are copied on the way in and out.
 *
 * <p>go-bitfield writes back the exact RLE+ bytes it read, even when they are not the canonical
 * encoding of the set, so a certificate decoded from CBOR keeps those bytes ({@link
 * #signersEncoding()}) and re-encodes byte for byte. Equality follows the encoding: two
 * certificates are equal when their fields are equal and they would write the same RLE+ bytes. The
 * {@code with…} methods make changed copies, e.g. broken variants for tests.
 */
public final class FinalityCertificate {
  private final long instance;
  private final ECChain chain;
  private final SupplementalData supplementalData;
  private final Bitfield signers;
  private final byte[] signersEncoding;
  private final byte[] signature;
  private final List<PowerTableDelta> powerTableDelta;

  private FinalityCertificate(
      long instance,
      ECChain chain,
      SupplementalData supplementalData,
      Bitfield signers,
      byte[] signersEncoding,
      byte[] signature,
      List<PowerTableDelta> powerTableDelta) {
    this.instance = instance;
    this.chain = Objects.requireNonNull(chain, "chain");
    this.supplementalData = Objects.requireNonNull(supplementalData, "supplementalData");
    this.signers = Objects.requireNonNull(signers, "signers");
    this.signersEncoding = signersEncoding;
    this.signature = Objects.requireNonNull(signature, "signature");
    this.powerTableDelta = List.copyOf(powerTableDelta);
  }

  /**
   * A certificate with these fields; the signers will be written in canonical RLE+.
   *
   * @param instance the unsigned 64-bit instance number
   * @param chain the finalised chain ({@link ECChain#ZERO} for go-f3's nil chain)
   * @param signature the aggregate signature (empty for go-f3's nil signature)
   * @param powerTableDelta the changes to the next power table (empty for none)
   */
  public static FinalityCertificate of(
      long instance,
      ECChain chain,
      SupplementalData supplementalData,
      Bitfield signers,
      byte[] signature,
      List<PowerTableDelta> powerTableDelta) {
    return new FinalityCertificate(
        instance, chain, supplementalData, signers, null, signature.clone(), powerTableDelta);
  }

  /** For the CBOR decoder: {@code encoding} is the RLE+ it read and decoded to {@code signers}. */
  static FinalityCertificate decoded(
      long instance,
      ECChain chain,
      SupplementalData supplementalData,
      Bitfield signers,
      byte[] encoding,
      byte[] signature,
      List<PowerTableDelta> powerTableDelta) {
    return new FinalityCertificate(
        instance, chain, supplementalData, signers, encoding, signature, powerTableDelta);
  }

  /** The instance number, as unsigned 64-bit bits. */
  public long instance() {
    return instance;
  }

  public ECChain chain() {
    return chain;
  }

  public SupplementalData supplementalData() {
    return supplementalData;
  }

  /** Indexes of the signers in this instance's power table. */
  public Bitfield signers() {
    return signers;
  }

  /**
   * The RLE+ bytes the signers were decoded from, when the certificate came from CBOR; empty when
   * it was built or read from JSON, where the canonical encoding is used.
   */
  public Optional<byte[]> signersEncoding() {
    return Optional.ofNullable(signersEncoding).map(byte[]::clone);
  }

  /** The RLE+ bytes CBOR encoding writes: the original ones if kept, else the canonical ones. */
  public byte[] signersBytes() {
    return signersEncoding != null ? signersEncoding.clone() : RlePlus.encode(signers);
  }

  /** The aggregate signature (a copy). */
  public byte[] signature() {
    return signature.clone();
  }

  /** The changes to the power table for the next instance (unmodifiable). */
  public List<PowerTableDelta> powerTableDelta() {
    return powerTableDelta;
  }

  public FinalityCertificate withInstance(long newInstance) {
    return new FinalityCertificate(
        newInstance, chain, supplementalData, signers, signersEncoding, signature, powerTableDelta);
  }

  public FinalityCertificate withChain(ECChain newChain) {
    return new FinalityCertificate(
        instance, newChain, supplementalData, signers, signersEncoding, signature, powerTableDelta);
  }

  public FinalityCertificate withSupplementalData(SupplementalData newData) {
    return new FinalityCertificate(
        instance, chain, newData, signers, signersEncoding, signature, powerTableDelta);
  }

  /** A copy with other signers; their encoding will be canonical. */
  public FinalityCertificate withSigners(Bitfield newSigners) {
    return new FinalityCertificate(
        instance, chain, supplementalData, newSigners, null, signature, powerTableDelta);
  }

  public FinalityCertificate withSignature(byte[] newSignature) {
    return new FinalityCertificate(
        instance,
        chain,
        supplementalData,
        signers,
        signersEncoding,
        newSignature.clone(),
        powerTableDelta);
  }

  public FinalityCertificate withPowerTableDelta(List<PowerTableDelta> newDelta) {
    return new FinalityCertificate(
        instance, chain, supplementalData, signers, signersEncoding, signature, newDelta);
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof FinalityCertificate that)) {
      return false;
    }
    return instance == that.instance
        && chain.equals(that.chain)
        && supplementalData.equals(that.supplementalData)
        && signers.equals(that.signers)
        && Arrays.equals(signature, that.signature)
        && powerTableDelta.equals(that.powerTableDelta)
        && (signersEncoding == null && that.signersEncoding == null
            || Arrays.equals(signersBytes(), that.signersBytes()));
  }

  /** Consistent with {@link #equals}: equal certificates have equal signer sets. */
  @Override
  public int hashCode() {
    return Objects.hash(
        instance, chain, supplementalData, signers, Arrays.hashCode(signature), powerTableDelta);
  }

  /**
   * A one-line summary, e.g. {@code FinalityCertificate{instance 9, ECChain[…], 969 signers, 7
   * deltas}}.
   */
  @Override
  public String toString() {
    return "FinalityCertificate{instance "
        + Long.toUnsignedString(instance)
        + ", "
        + chain
        + ", "
        + signers.cardinality()
        + " signers, "
        + powerTableDelta.size()
        + " deltas}";
  }
}
