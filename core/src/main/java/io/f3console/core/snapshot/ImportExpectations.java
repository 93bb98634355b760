package io.f3console.core.snapshot;

import io.f3console.core.cid.Cid;
import io.f3console.core.cid.CidFormatException;
import io.f3console.core.network.NetworkProfile;
import java.util.Objects;
import java.util.Optional;

/**
 * What go-f3's snapshot import takes from the manifest: its {@code InitialInstance} and, when the
 * manifest pins one, its {@code InitialPowerTable} CID.
 *
 * @param initialInstance the manifest's initial instance
 * @param initialPowerTableCid the manifest's initial power-table CID, if defined
 */
public record ImportExpectations(long initialInstance, Optional<Cid> initialPowerTableCid) {
  public ImportExpectations {
    Objects.requireNonNull(initialPowerTableCid, "initialPowerTableCid");
  }

  /** The expectations of a known network. */
  public static ImportExpectations of(NetworkProfile profile) {
    Optional<Cid> cid =
        profile
            .initialPowerTableCid()
            .map(
                text -> {
                  try {
                    return Cid.fromString(text);
                  } catch (CidFormatException e) {
                    throw new IllegalStateException(
                        "profile " + profile.key() + " holds an invalid CID", e);
                  }
                });
    return new ImportExpectations(profile.initialInstance(), cid);
  }
}
