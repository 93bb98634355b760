package io.f3console.core.state;

import io.f3console.core.cid.Cid;
import java.util.Objects;

/**
 * An account actor's state ({@code [Address]}, every version read): the key address a miner's
 * worker resolves to.
 *
 * @param head the state's CID
 * @param address the account's key address (BLS or SECP256K1)
 */
public record AccountState(Cid head, Address address) {
  public AccountState {
    Objects.requireNonNull(head, "head");
    Objects.requireNonNull(address, "address");
  }

  static AccountState decode(Cid head, byte[] bytes) throws StateException {
    return StateCbor.decode(
        bytes,
        head,
        "account state",
        reader -> {
          reader.readTupleHeader(1, "account state");
          return new AccountState(head, StateCbor.readAddress(reader, "Address"));
        });
  }
}
