package io.f3console.core.bootstrap;

import io.f3console.core.network.NetworkProfile;
import io.f3console.core.network.NetworkProfiles;
import java.util.List;

/**
 * Whether a chain's name ({@code StateNetworkName}) fits an F3 network name. Mainnet's chain is
 * {@code testnetnet} and its F3 network {@code filecoin}; other chains give F3 their own name, with
 * a number after a restart ({@code calibrationnet} runs {@code calibrationnet2}). A chain that is a
 * known network's chain runs only that network's F3 names.
 */
public final class ChainNames {
  private ChainNames() {}

  /** The known profiles whose chain has this name. */
  public static List<NetworkProfile> knownChains(String chain) {
    return NetworkProfiles.builtIn().all().stream()
        .filter(p -> p.chainNetworkName().filter(chain::equals).isPresent())
        .toList();
  }

  /** Whether {@code f3Name} may be the F3 network of the chain {@code chain}. */
  public static boolean fits(String chain, String f3Name) {
    List<NetworkProfile> known = knownChains(chain);
    if (!known.isEmpty()) {
      return known.stream().anyMatch(p -> p.f3NetworkName().equals(f3Name));
    }
    return f3Name.equals(chain)
        || (f3Name.startsWith(chain) && f3Name.substring(chain.length()).matches("[0-9]+"));
  }

  /**
   * Adds the verdict on the chain's name to a doctor check: a known network's chain running another
   * F3 network fails; an unknown chain whose name does not fit fails when the network has no
   * profile to say otherwise, else warns.
   */
  static void check(CheckBuilder check, String chain, String f3Name, boolean noProfile) {
    List<NetworkProfile> known = knownChains(chain);
    if (!known.isEmpty()) {
      List<String> names = known.stream().map(NetworkProfile::f3NetworkName).distinct().toList();
      String keys = String.join(" and ", known.stream().map(NetworkProfile::key).toList());
      if (names.contains(f3Name)) {
        check.saw(
            "The chain is "
                + chain
                + ", the chain of "
                + keys
                + ", whose F3 network "
                + f3Name
                + " the manifest names.");
      } else {
        check
            .fail(
                "The chain is "
                    + chain
                    + ", the chain of "
                    + keys
                    + " (F3 network "
                    + String.join(" or ", names)
                    + "), but the manifest's F3 network is "
                    + f3Name
                    + ": the node's chain and its F3 build belong to different networks.",
                DoctorRemedies.WRONG_NETWORK)
            .reason(DoctorReason.WRONG_CHAIN);
      }
    } else if (fits(chain, f3Name)) {
      check.saw(
          "The chain is "
              + chain
              + ", which fits the F3 network "
              + f3Name
              + " (F3 takes the chain's name, with a number after a restart).");
    } else {
      String sentence =
          "The chain is "
              + chain
              + ", but the F3 network "
              + f3Name
              + " is not that chain's: F3 takes the chain's name (with a number after a restart,"
              + " e.g. calibrationnet2), and mainnet's chain testnetnet runs filecoin.";
      if (noProfile) {
        check.fail(sentence, DoctorRemedies.WRONG_NETWORK).reason(DoctorReason.WRONG_CHAIN);
      } else {
        check.warn(sentence, DoctorRemedies.WRONG_NETWORK).reason(DoctorReason.WRONG_CHAIN);
      }
    }
  }
}
