package io.f3console.core.bootstrap;

import io.f3console.core.rpc.RpcException;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The doctor's remedies phrased for the console: the same advice, naming the console's controls
 * (the Doctor view's Network box, its Token field, File ▸ Connect to a node) instead of the command
 * line's flags. The doctor decides what to do; this only says it for another front end.
 */
public final class ConsoleRemedies {
  private static final Map<String, String> CONSOLE =
      Map.of(
          DoctorRemedies.WRONG_NETWORK,
          "Point the doctor at a node of this network, or choose the"
              + " network the node runs in the Doctor view's Network box; a node whose F3 name is an"
              + " old one runs a build from before the network's F3 restart and needs a newer"
              + " release.",
          DoctorRemedies.of(RpcException.Reason.UNAUTHORISED),
          "Give the node's API token in the"
              + " Doctor view's Token field (the token part of the node's FULLNODE_API_INFO); a read"
              + " token is enough.",
          DoctorRemedies.of(RpcException.Reason.TIMEOUT),
          "The node did not answer in time: check"
              + " that the node is not overloaded or still syncing, then run the checks again.",
          LookbackStateCheck.TOO_LARGE_REMEDY,
          "The state is too large to recompute in the doctor;"
              + " compute it in the Chain state view (from the node at that epoch, or from a CAR of"
              + " that state), which shows its progress and can be cancelled.");

  /** The command-line commands a certificate check's remedy names, and the console's way. */
  private static final Map<String, String> COMMANDS =
      Map.of(
          "(f3console certs validate, powertable check)",
          "(File ▸ Connect to a node, then the Certificates and Power table views)");

  /** The command that fetches a published initial table (known.PublishedComparison's hint). */
  private static final Pattern FETCH =
      Pattern.compile(
          "f3console powertable fetch --instance \\d+ --rpc URL -o FILE from any (\\S+) node");

  private ConsoleRemedies() {}

  /** The check with its remedy phrased for the console. */
  public static DoctorCheck phrase(DoctorCheck check) {
    return check.rephrased(check.remedy().map(ConsoleRemedies::phrase), ConsoleRemedies::phrase);
  }

  /** The report with every remedy phrased for the console. */
  public static DoctorReport phrase(DoctorReport report) {
    return new DoctorReport(
        report.target(),
        report.f3NetworkName(),
        report.profile(),
        report.checks().stream().map(ConsoleRemedies::phrase).toList());
  }

  /** One remedy phrased for the console; remedies that name no flag stay as they are. */
  public static String phrase(String remedy) {
    String phrased = CONSOLE.getOrDefault(remedy, remedy);
    for (Map.Entry<String, String> command : COMMANDS.entrySet()) {
      phrased = phrased.replace(command.getKey(), command.getValue());
    }
    return FETCH
        .matcher(phrased)
        .replaceAll("connect to any $1 node (File ▸ Connect to a" + " node)");
  }
}
