package io.f3console.app.cli;

import io.f3console.core.certs.FinalityCertificate;
import io.f3console.core.certs.InvalidPowerDeltaException;
import io.f3console.core.certs.PowerTableDelta;
import io.f3console.core.certs.PowerTableDeltas;
import io.f3console.core.cid.Cid;
import io.f3console.core.cid.CidFormatException;
import io.f3console.core.gpbft.ECChain;
import io.f3console.core.gpbft.PowerTable;
import io.f3console.core.gpbft.StoragePower;
import io.f3console.core.gpbft.TipSet;
import io.f3console.core.history.SessionRecord;
import io.f3console.core.powertable.PowerUnits;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code f3console certs show}: certificates in readable form, like {@code lotus f3 certs get},
 * with the signers' power share when the committee is known.
 */
@Command(
    name = "show",
    header = "Show finality certificates readably, without validating them.",
    mixinStandardHelpOptions = true,
    description = {
      "Show finality certificates readably: instance, finalised chain with epochs and",
      "tipsets, signers (count, and power share given the committee), signature, the next",
      "power table and its delta. Nothing is validated here; see 'certs validate'.",
      "With --power-table (the table of the first certificate's instance) the table is",
      "carried forward through each certificate's delta to give every signer share."
    })
final class CertsShowCommand implements Callable<Integer> {
  private static final int TIPSETS_SHOWN = 10;
  private static final int BLOCKS_SHOWN = 2;
  private static final int DELTAS_SHOWN = 10;

  @Parameters(
      index = "0",
      paramLabel = "CERTS",
      description = "Certificate file (Lotus JSON or DAG-CBOR), or - for standard input.")
  Path certificates;

  @Option(names = "--instance", paramLabel = "N", description = "Show only this instance.")
  Long instance;

  @Option(
      names = "--power-table",
      paramLabel = "TABLE",
      description = "The committee of the first certificate, for signer power shares.")
  Path powerTable;

  @CommandLine.Mixin OutputOptions output;

  @Override
  public Integer call() throws Exception {
    SessionRecord.Builder session = output.session();
    session.source("certificates", certificates.toString());
    Optional<PowerTable> table = Optional.empty();
    if (powerTable != null) {
      LoadedPowerTable loaded = LoadedPowerTable.read(powerTable);
      SessionFacts.table(session, "committee of the first certificate", loaded);
      table = Optional.of(loaded.table());
    }
    List<Shown> shown = new ArrayList<>();
    try (CertificateInput input = CertificateInput.open(certificates)) {
      for (Optional<FinalityCertificate> next = input.next();
          next.isPresent();
          next = input.next()) {
        FinalityCertificate cert = next.get();
        if (instance == null || instance == cert.instance()) {
          shown.add(new Shown(cert, signers(cert, table), table.map(PowerTable::cid)));
        }
        table = table.flatMap(t -> advance(t, cert));
      }
    }
    int count = shown.size();
    long firstShown = count == 0 ? 0 : shown.get(0).certificate().instance();
    long lastShown = count == 0 ? 0 : shown.get(count - 1).certificate().instance();
    if (count == 0 && instance != null) {
      throw new io.f3console.core.F3Exception(
          "no certificate for instance " + Long.toUnsignedString(instance) + " in " + certificates);
    }
    session.fact("certificates shown", count);
    session.summary(
        count == 0
            ? "No certificate in " + certificates
            : "Showed "
                + count
                + (count == 1 ? " certificate" : " certificates")
                + ", instances "
                + Long.toUnsignedString(firstShown)
                + " to "
                + Long.toUnsignedString(lastShown)
                + ", of "
                + certificates);
    if (count > 0) {
      session.instanceReached(lastShown);
    }
    output.print(new Result(shown));
    return ExitCodes.OK;
  }

  /**
   * One certificate as shown: the certificate, its signers described (with their share of the power
   * when the committee is known) and the CID of that committee.
   */
  record Shown(FinalityCertificate certificate, String signers, Optional<Cid> committeeCid) {
    void printText(PrintWriter out) {
      FinalityCertificate cert = certificate;
      ECChain chain = cert.chain();
      out.println("Instance:        " + Long.toUnsignedString(cert.instance()));
      out.println("Power table:");
      out.println(
          "  Next:          "
              + cert.supplementalData().powerTable().map(Cid::toString).orElse("(undefined)"));
      out.println("  Delta:         " + deltaSummary(cert.powerTableDelta()));
      int deltas = 0;
      for (PowerTableDelta delta : cert.powerTableDelta()) {
        if (deltas++ == DELTAS_SHOWN) {
          out.println(
              "                 … " + (cert.powerTableDelta().size() - DELTAS_SHOWN) + " more");
          break;
        }
        out.println("                 " + describe(delta));
      }
      if (chain.isZero()) {
        out.println("Finalized chain: empty");
      } else {
        out.println(
            "Finalized chain: "
                + chain.size()
                + " tipsets, epochs "
                + chain.base().epoch()
                + "–"
                + chain.head().epoch()
                + " (base "
                + chain.base().epoch()
                + ", head "
                + chain.head().epoch()
                + ")");
        for (int i = 0; i < chain.size() && i < TIPSETS_SHOWN; i++) {
          out.println("  " + (i == 0 ? "base " : "     ") + tipSetLine(chain.get(i)));
        }
        if (chain.size() > TIPSETS_SHOWN) {
          out.println("       … " + (chain.size() - TIPSETS_SHOWN) + " more");
        }
      }
      out.println("Signed by:       " + signers);
      out.println(
          "Signature:       "
              + cert.signature().length
              + " bytes, "
              + HexFormat.of().formatHex(cert.signature()));
      out.println();
    }

    JsonFields toJson() {
      FinalityCertificate cert = certificate;
      ECChain chain = cert.chain();
      JsonFields node =
          JsonFields.object().uint64("instance", cert.instance()).number("tipsets", chain.size());
      if (chain.isZero()) {
        node.nothing("baseEpoch").nothing("headEpoch");
      } else {
        node.epoch("baseEpoch", chain.base().epoch()).epoch("headEpoch", chain.head().epoch());
      }
      return node.number("signers", cert.signers().cardinality())
          .cid("committeeCid", committeeCid)
          .cid("nextPowerTable", cert.supplementalData().powerTable())
          .number("deltas", cert.powerTableDelta().size())
          .text("deltaSummary", deltaSummary(cert.powerTableDelta()))
          .number("signatureBytes", cert.signature().length);
    }
  }

  /** The certificates shown, in the order of the file. */
  record Result(List<Shown> certificates) implements CommandResult {
    @Override
    public void printText(PrintWriter out, PrintWriter err) {
      certificates.forEach(shown -> shown.printText(out));
    }

    @Override
    public JsonFields toJson() {
      return JsonFields.object().objects("certificates", certificates, Shown::toJson);
    }
  }

  /** The committee of the next instance, if the delta applies. */
  private static Optional<PowerTable> advance(PowerTable table, FinalityCertificate cert) {
    try {
      return Optional.of(PowerTableDeltas.apply(table, cert.powerTableDelta()));
    } catch (InvalidPowerDeltaException e) {
      return Optional.empty();
    }
  }

  private static String tipSetLine(TipSet tipSet) {
    StringBuilder line = new StringBuilder(Long.toString(tipSet.epoch()));
    try {
      List<Cid> blocks = tipSet.keyCids();
      for (int b = 0; b < blocks.size() && b < BLOCKS_SHOWN; b++) {
        line.append(b == 0 ? "  " : ", ").append(blocks.get(b));
      }
      if (blocks.size() > BLOCKS_SHOWN) {
        line.append(" (+").append(blocks.size() - BLOCKS_SHOWN).append(" more)");
      }
    } catch (CidFormatException e) {
      line.append("  key is not a list of CIDs: ").append(e.getMessage());
    }
    return line.toString();
  }

  private static String signers(FinalityCertificate cert, Optional<PowerTable> table) {
    long count = cert.signers().cardinality();
    String miners = count + (count == 1 ? " miner" : " miners");
    if (table.isEmpty()) {
      return miners + " (pass --power-table for their share of the power)";
    }
    PowerTable t = table.get();
    long power = 0;
    java.util.PrimitiveIterator.OfLong indexes = cert.signers().iterator();
    while (indexes.hasNext()) {
      long index = indexes.nextLong();
      if (Long.compareUnsigned(index, t.size()) >= 0) {
        return miners
            + ", but signer "
            + Long.toUnsignedString(index)
            + " is outside the given table ("
            + t.size()
            + " entries)";
      }
      power += t.scaledPower((int) index);
    }
    return String.format(
        "%s holding %d of %d scaled power (%.2f%%; the quorum needs %d)",
        miners,
        power,
        t.scaledTotal(),
        t.scaledTotal() == 0 ? 0.0 : 100.0 * power / t.scaledTotal(),
        t.strongQuorumThreshold());
  }

  static String deltaSummary(List<PowerTableDelta> deltas) {
    if (deltas.isEmpty()) {
      return "none (the next table is the same)";
    }
    StoragePower total = StoragePower.ZERO;
    long keys = 0;
    for (PowerTableDelta delta : deltas) {
      total = total.add(delta.powerDelta());
      keys += delta.signingKey().isEmpty() ? 0 : 1;
    }
    return "total of "
        + signed(total)
        + " storage power across "
        + deltas.size()
        + (deltas.size() == 1 ? " miner" : " miners")
        + (keys == 0 ? "" : ", " + keys + (keys == 1 ? " new key" : " new keys"));
  }

  private static String describe(PowerTableDelta delta) {
    return delta.participant()
        + "  "
        + signed(delta.powerDelta())
        + (delta.signingKey().isEmpty()
            ? ""
            : "  new key " + HexFormat.of().formatHex(delta.signingKey().toBytes()));
  }

  private static String signed(StoragePower power) {
    String text = PowerUnits.format(StoragePower.of(power.value().abs()));
    return (power.signum() < 0 ? "-" : "+") + text;
  }
}
