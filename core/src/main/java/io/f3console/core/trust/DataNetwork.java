package io.f3console.core.trust;

import io.f3console.core.cid.Cid;
import io.f3console.core.network.NetworkProfile;
import io.f3console.core.network.NetworkProfiles;
import java.util.Objects;
import java.util.Optional;

/**
 * Which known network data reveals by itself, so a front end can follow its data instead of judging
 * it for the wrong network: a table whose CID is a known network's initial power-table CID, or a
 * node whose manifest names a known F3 network. Says nothing when the data reveals the network
 * already selected, or no known network.
 */
public final class DataNetwork {
  private final NetworkProfiles known;

  /**
   * @param known the networks to recognise (the built-in profiles, and any built in code)
   */
  public DataNetwork(NetworkProfiles known) {
    this.known = Objects.requireNonNull(known, "known");
  }

  /** How the data revealed its network. */
  public enum Evidence {
    /** The table's CID is the network's published initial power-table CID. */
    INITIAL_TABLE,
    /** The node's manifest names the network's F3 network name. */
    MANIFEST_NAME
  }

  /**
   * A network the data belongs to.
   *
   * @param network the network's profile
   * @param evidence how it was found
   * @param reason why, in a clause for a person ("the table is mainnet's initial power table")
   */
  public record Revealed(NetworkProfile network, Evidence evidence, String reason) {
    public Revealed {
      Objects.requireNonNull(network, "network");
      Objects.requireNonNull(evidence, "evidence");
      Objects.requireNonNull(reason, "reason");
    }

    /** One sentence for a switch made: "Switched to mainnet: the table is …". */
    public String switched() {
      return "Switched to " + network.key() + ": " + reason + ".";
    }
  }

  /**
   * The known network whose initial power table {@code table} is, when it is not the selected one.
   *
   * @param table the table's CID
   * @param selected the key of the network selected, if any
   */
  public Optional<Revealed> ofTable(Cid table, Optional<String> selected) {
    Objects.requireNonNull(table, "table");
    return known
        .byInitialPowerTableCid(table.toString())
        .filter(profile -> !isSelected(profile, selected))
        .map(
            profile ->
                new Revealed(
                    profile,
                    Evidence.INITIAL_TABLE,
                    "the table is " + profile.key() + "'s initial power table"));
  }

  /**
   * The known network a node's manifest names, when it is not the selected one.
   *
   * @param f3NetworkName the manifest's network name
   * @param selected the key of the network selected, if any
   */
  public Optional<Revealed> ofManifest(String f3NetworkName, Optional<String> selected) {
    Objects.requireNonNull(f3NetworkName, "f3NetworkName");
    return known
        .byF3NetworkName(f3NetworkName)
        .filter(profile -> !isSelected(profile, selected))
        .map(
            profile ->
                new Revealed(
                    profile,
                    Evidence.MANIFEST_NAME,
                    "the node's manifest names the F3 network "
                        + f3NetworkName
                        + " ("
                        + profile.key()
                        + ")"));
  }

  /** The known network a node's manifest names, selected or not. */
  public Optional<NetworkProfile> named(String f3NetworkName) {
    return known.byF3NetworkName(Objects.requireNonNull(f3NetworkName, "f3NetworkName"));
  }

  private static boolean isSelected(NetworkProfile profile, Optional<String> selected) {
    return selected.filter(profile.key()::equals).isPresent();
  }
}
