package io.f3console.core.powertable;

import io.f3console.core.crypto.Bls;
import io.f3console.core.crypto.BlsException;
import io.f3console.core.crypto.PublicKeyCheck;
import io.f3console.core.gpbft.ActorId;
import io.f3console.core.gpbft.PowerEntry;
import io.f3console.core.gpbft.PowerTable;
import io.f3console.core.gpbft.PubKey;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The worker keys of a power table, checked as go-f3 checks them before aggregating a signature:
 * every key must be a 48-byte compressed BLS12-381 G1 point in the subgroup and not the identity
 * ({@link Bls#checkPublicKey}). go-f3 refuses a certificate if <em>any</em> key of its committee
 * fails, signer or not. Keys shared by several miners are listed too: not an error for go-f3, but
 * worth an operator's attention.
 *
 * @param checks the verdict for each entry, by table index
 * @param invalid the entries whose key go-f3 would refuse, by table index
 * @param sharedKeys keys used by more than one actor, in first-use order
 */
public record KeyAudit(
    List<PublicKeyCheck> checks, List<Finding> invalid, List<SharedKey> sharedKeys) {

  /**
   * An unusable key.
   *
   * @param index the entry's position in the table
   * @param id the entry's actor
   * @param check why the key is unusable
   */
  public record Finding(int index, ActorId id, PublicKeyCheck check) {}

  /**
   * One key held by several actors.
   *
   * @param key the key
   * @param actors the actors using it, in table order
   */
  public record SharedKey(PubKey key, List<ActorId> actors) {
    public SharedKey {
      Objects.requireNonNull(key);
      actors = List.copyOf(actors);
    }
  }

  public KeyAudit {
    checks = List.copyOf(checks);
    invalid = List.copyOf(invalid);
    sharedKeys = List.copyOf(sharedKeys);
  }

  /** Checks every key of the table (each distinct key once). */
  public static KeyAudit of(PowerTable table) throws BlsException {
    Map<PubKey, PublicKeyCheck> verdicts = new HashMap<>();
    Map<PubKey, List<ActorId>> users = new LinkedHashMap<>();
    List<PublicKeyCheck> checks = new ArrayList<>(table.size());
    List<Finding> invalid = new ArrayList<>();
    for (int i = 0; i < table.size(); i++) {
      PowerEntry entry = table.entry(i);
      PublicKeyCheck check = verdicts.get(entry.pubKey());
      if (check == null) {
        check = Bls.checkPublicKey(entry.pubKey().toBytes());
        verdicts.put(entry.pubKey(), check);
      }
      checks.add(check);
      if (!check.isValid()) {
        invalid.add(new Finding(i, entry.id(), check));
      }
      users.computeIfAbsent(entry.pubKey(), key -> new ArrayList<>()).add(entry.id());
    }
    List<SharedKey> shared = new ArrayList<>();
    users.forEach(
        (key, actors) -> {
          if (actors.size() > 1) {
            shared.add(new SharedKey(key, actors));
          }
        });
    return new KeyAudit(checks, invalid, shared);
  }

  /** The verdict for the entry at {@code index}. */
  public PublicKeyCheck check(int index) {
    return checks.get(index);
  }
}
