package io.f3console.app.ui.workspace;

import io.f3console.core.gpbft.PowerTable;
import io.f3console.core.history.SessionKind;
import io.f3console.core.history.SessionOrigin;
import io.f3console.core.history.SessionRecord;
import io.f3console.core.history.SessionVerdict;
import io.f3console.core.inspect.ChainInspection;
import io.f3console.core.network.NetworkProfile;
import io.f3console.core.powertable.PowerUnits;
import io.f3console.core.sessions.SessionOutcomes;
import io.f3console.core.trust.TrustState;
import io.f3console.core.trust.TrustedValidation;
import java.util.List;
import java.util.Optional;

/**
 * What a workspace load leaves in the history: a validation when certificates were validated from a
 * table (go-f3's verdict and reason, the instance reached, the starting table's CID against the
 * network's expected one, the starting table and the final committee), else an inspection of what
 * was read.
 */
final class LoadSessions {
  private LoadSessions() {}

  /** A load begun now, of what {@code sources} name. */
  static SessionRecord.Builder begin(
      String command, String arguments, String role, List<String> sources) {
    SessionRecord.Builder session =
        SessionRecord.builder(SessionOrigin.CONSOLE, SessionKind.INSPECTION, command)
            .arguments(arguments);
    sources.forEach(source -> session.source(role, source));
    return session;
  }

  /**
   * The session of a load that finished.
   *
   * @param asked the sources the load was given
   * @param before the sources open before it (a table they gave may stay)
   */
  static SessionRecord.Builder opened(
      SessionRecord.Builder session,
      List<String> asked,
      List<String> before,
      WorkspaceLoader.Opened opened) {
    NetworkProfile network = opened.network();
    session.network(network.key());
    LoadedTable table = opened.table();
    if (table != null && !asked.contains(table.source())) {
      session.source(
          before.contains(table.source()) ? "power table, open before" : "power table",
          table.source());
    }
    opened
        .chain()
        .filter(
            chain ->
                !asked.contains(chain.source())
                    && (table == null || !table.source().equals(chain.source())))
        .ifPresent(
            chain ->
                session.source(
                    before.contains(chain.source()) ? "certificates, open before" : "certificates",
                    chain.source()));
    if (table != null) {
      tableFacts(session, table);
    }
    Optional<ChainInspection> inspection = opened.chain().flatMap(LoadedChain::inspection);
    if (inspection.isPresent()) {
      return validated(
          session,
          network,
          inspection.get(),
          opened.chain().get().judged().orElseThrow(),
          opened.chain().get().certificates().size());
    }
    session.kind(SessionKind.INSPECTION);
    if (table != null) {
      inspected(session, table, network);
    }
    opened
        .chain()
        .ifPresent(
            chain -> {
              session.fact("certificates read", chain.certificates().size());
              if (!chain.certificates().isEmpty()) {
                session.fact(
                    "certificate instances",
                    Long.toUnsignedString(chain.certificates().get(0).instance())
                        + " to "
                        + Long.toUnsignedString(
                            chain.certificates().get(chain.certificates().size() - 1).instance()));
              }
              if (table == null) {
                session.verdict(SessionVerdict.PASSED);
                session.summary(
                    chain.certificates().size()
                        + " certificates read from "
                        + chain.source()
                        + "; not validated, since no power table is open");
              }
            });
    return session;
  }

  private static SessionRecord.Builder validated(
      SessionRecord.Builder session,
      NetworkProfile network,
      ChainInspection inspection,
      TrustedValidation judged,
      int certificates) {
    session.kind(SessionKind.VALIDATION);
    SessionOutcomes.validation(session, judged);
    session.fact("F3 network name", inspection.networkName());
    session.fact("certificates read", certificates);
    session.table(
        inspection.firstInstance() == network.initialInstance() ? "initial" : "starting",
        Optional.of(inspection.firstInstance()),
        inspection.initialTable());
    session.table(
        "final committee",
        Optional.of(inspection.result().nextInstance()),
        inspection.result().powerTable());
    return session;
  }

  private static void inspected(
      SessionRecord.Builder session, LoadedTable table, NetworkProfile network) {
    PowerTable powerTable = table.table();
    session.table(
        table.instance() == network.initialInstance() ? "initial" : "starting",
        Optional.of(table.instance()),
        powerTable);
    session.trust(table.trust());
    if (table.trust().state() == TrustState.MISMATCH) {
      session.verdict(SessionVerdict.FAILED).reason("CID_MISMATCH");
      session.summary(
          "Power table "
              + powerTable.cid()
              + " ("
              + powerTable.size()
              + " entries) is not the initial power table "
              + network.key()
              + " expects ("
              + table.trust().expected().map(Object::toString).orElse("none")
              + ")");
    } else {
      session.verdict(SessionVerdict.PASSED);
      session.summary(
          "Power table "
              + powerTable.cid()
              + " of instance "
              + Long.toUnsignedString(table.instance())
              + ": "
              + powerTable.size()
              + " entries, "
              + table.trust().state().word());
    }
  }

  private static void tableFacts(SessionRecord.Builder session, LoadedTable table) {
    PowerTable powerTable = table.table();
    // the table's CID, against the network's when it publishes one, is recorded with its trust
    session.fact("power table", table.title());
    session.fact("entries", powerTable.size());
    session.fact("total power", PowerUnits.format(powerTable.total()));
    session.fact(
        "strong quorum threshold (scaled)",
        powerTable.strongQuorumThreshold() + " of " + powerTable.scaledTotal());
  }
}
