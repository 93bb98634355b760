package io.f3console.app.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code f3console powertable cid FILE}: the power-table CID, go-f3 {@code MakePowerTableCID}. */
@Command(
    name = "cid",
    mixinStandardHelpOptions = true,
    description = {
        "Print the CID of a power table.",
        "The CID is dag-cbor, blake2b-256 over its canonical CBOR with the entries in the order",
        "given, as go-f3's MakePowerTableCID computes it. The CID is the last line of output.",
        "Exit 1 if the file states a CID or total its entries contradict."
    })
final class PowerTableCidCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "FILE", description = "Power-table file (JSON or CBOR), or - for standard input.")
  Path file;

  @CommandLine.Mixin
  OutputOptions output;

  @Override
  public Integer call() throws Exception {
    LoadedPowerTable loaded = LoadedPowerTable.read(file);
    PrintWriter out = output.out();
    PrintWriter err = output.err();
    int status = loaded.contradictions().isEmpty() ? ExitCodes.OK : ExitCodes.FOUND_WRONG;
    if (output.json) {
      ObjectNode node = JsonOutput.object();
      node.put("source", loaded.document().source());
      node.put("format", loaded.document().format().name());
      node.put("entries", loaded.table().size());
      node.put("cid", loaded.table().cid().toString());
      node.put("canonicalOrder", loaded.table().isCanonicalOrder());
      loaded.document().declaredCid().ifPresent(cid -> node.put("declaredCid", cid.toString()));
      node.set("notes", CliJson.strings(loaded.notes()));
      node.set("contradictions", CliJson.strings(loaded.contradictions()));
      JsonOutput.print(out, node);
    } else {
      loaded.notes().forEach(note -> err.println("note: " + note));
      loaded.contradictions().forEach(problem -> err.println("WRONG: " + problem));
      out.println(loaded.table().cid());
    }
    return status;
  }
}
