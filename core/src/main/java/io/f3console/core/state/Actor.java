package io.f3console.core.state;

import io.f3console.core.cbor.CborDecodingException;
import io.f3console.core.cbor.CborReader;
import io.f3console.core.cid.Cid;
import java.math.BigInteger;
import java.util.Objects;
import java.util.Optional;

/**
 * An actor in the state tree (Lotus {@code types.Actor}): {@code [Code, Head, Nonce, Balance]} in
 * state tree 4, plus {@code DelegatedAddress} (an address or null) in state tree 5.
 *
 * @param address the ID address it was found under
 * @param code the actor's code CID (its kind and actors version)
 * @param head the CID of its state
 * @param nonce its nonce (unsigned 64-bit bits)
 * @param balance its balance in attoFIL
 * @param delegatedAddress its f4 address, in state tree 5 when it has one
 */
public record Actor(
    Address address,
    Cid code,
    Cid head,
    long nonce,
    BigInteger balance,
    Optional<Address> delegatedAddress) {

  public Actor {
    Objects.requireNonNull(address, "address");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(head, "head");
    Objects.requireNonNull(balance, "balance");
    Objects.requireNonNull(delegatedAddress, "delegatedAddress");
  }

  /**
   * Decodes an actor stored in a HAMT node.
   *
   * @param map the actors HAMT's root, for messages
   * @param stateTreeVersion 4 (4 fields) or 5 (5 fields)
   */
  static Actor decode(Address address, byte[] value, Cid map, long stateTreeVersion)
      throws StateException {
    String what = "actor " + address + " in the actors map";
    return StateCbor.decode(value, map, what, reader -> read(address, reader, stateTreeVersion));
  }

  private static Actor read(Address address, CborReader reader, long version)
      throws CborDecodingException {
    int fields = version >= 5 ? 5 : 4;
    reader.readTupleHeader(fields, "actor (state tree " + version + ")");
    Cid code = reader.readCid("Code");
    Cid head = reader.readCid("Head");
    long nonce = reader.readUint64("Nonce");
    BigInteger balance = StateCbor.readBigInt(reader, "Balance").value();
    Optional<Address> delegated =
        fields == 5 ? StateCbor.readOptionalAddress(reader, "DelegatedAddress") : Optional.empty();
    return new Actor(address, code, head, nonce, balance, delegated);
  }
}
