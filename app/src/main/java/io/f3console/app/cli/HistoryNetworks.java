package io.f3console.app.cli;

import io.f3console.core.network.NetworkProfiles;
import io.f3console.core.network.NetworkSelection;
import io.f3console.core.sim.DemoNetwork;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The network name a session records: the profile key of a known network (whichever key, alias or
 * F3 network name was typed), {@code demo} for the demo network, otherwise the F3 network name
 * itself. The same rule turns a {@code history list --network} filter into the names to look for.
 */
final class HistoryNetworks {
  private HistoryNetworks() {}

  static String recorded(NetworkSelection selection) {
    if (selection.profile().isPresent()) {
      return selection.profile().get().key();
    }
    String name = selection.f3NetworkName();
    return name.equals(DemoNetwork.builtIn().spec().networkName()) ? DemoNetwork.PROFILE_KEY : name;
  }

  /** The recorded name of what a person typed (a profile key, an alias, an F3 network name). */
  static String recorded(String typed) {
    if (typed.isBlank() || !typed.strip().equals(typed)) {
      return typed;
    }
    return recorded(NetworkProfiles.builtIn().resolve(typed));
  }

  /** The names sessions about the network a person typed may carry. */
  static Set<String> matching(String typed) {
    Set<String> names = new LinkedHashSet<>();
    String recorded = recorded(typed);
    names.add(recorded);
    names.add(typed);
    NetworkProfiles.builtIn()
        .byKey(recorded)
        .ifPresent(profile -> names.add(profile.f3NetworkName()));
    if (recorded.equals(DemoNetwork.PROFILE_KEY)) {
      names.add(DemoNetwork.builtIn().spec().networkName());
    }
    return names;
  }
}
