package io.f3console.app.cli;

import io.f3console.core.F3Exception;
import io.f3console.core.certs.CertificateJson;
import io.f3console.core.certs.FinalityCertificate;
import io.f3console.core.history.SessionRecord;
import io.f3console.core.rpc.F3Manifest;
import io.f3console.core.rpc.LotusRpcClient;
import io.f3console.core.validation.CertificateStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code f3console certs fetch}: certificates from a node into a Lotus JSON file. */
@Command(
    name = "fetch",
    header = "Fetch finality certificates from a Lotus or Forest node.",
    mixinStandardHelpOptions = true,
    description = {
      "Fetch finality certificates from a Lotus or Forest node (Filecoin.F3GetCertificate)",
      "and write them as a Lotus JSON array, the form 'certs validate' reads. Requests run",
      "in parallel (--concurrency) and are retried on timeouts and HTTP 5xx (--retries);",
      "the file is written only when every certificate arrived. Progress goes to stderr.",
      "Exit 0 when written, 2 on bad input or a malformed answer, 3 when the node cannot",
      "be reached or cannot give the certificates."
    })
final class CertsFetchCommand implements Callable<Integer> {
  @Option(
      names = "--from",
      paramLabel = "N",
      description = "The first instance (default: the manifest's initial instance).")
  Long from;

  @Option(
      names = "--to",
      paramLabel = "N",
      description = "The last instance (default: the node's latest certificate).")
  Long to;

  @CommandLine.Mixin OutputFileOptions file;

  @CommandLine.Mixin NodeOptions node;

  @CommandLine.Mixin OutputOptions output;

  @Override
  public Integer call() throws Exception {
    Path out = file.checked();
    SessionRecord.Builder session = output.session();
    try (LotusRpcClient client = node.connect()) {
      session.source("node", "rpc:" + client.displayEndpoint());
      long first;
      if (from != null) {
        first = from;
      } else {
        F3Manifest manifest = client.manifest();
        session.network(HistoryNetworks.recorded(manifest.networkName()));
        first = manifest.initialInstance();
      }
      long last = to != null ? to : latest(client);
      if (Long.compareUnsigned(first, last) > 0) {
        throw new F3Exception(
            "--from "
                + Long.toUnsignedString(first)
                + " is after --to "
                + Long.toUnsignedString(last));
      }
      long count = last - first + 1;
      ProgressLine progress =
          new ProgressLine(
              output.err(),
              "certificates " + Long.toUnsignedString(first) + "-" + Long.toUnsignedString(last),
              count);
      write(client.certificates(first, last), progress, out);
      progress.finish();
      session.instanceReached(last);
      session.fact(
          "instances", Long.toUnsignedString(first) + " to " + Long.toUnsignedString(last));
      session.fact("certificates written", progress.done());
      session.fact("file written", out.toString());
      session.summary(
          "Fetched "
              + progress.done()
              + " certificates (instances "
              + Long.toUnsignedString(first)
              + " to "
              + Long.toUnsignedString(last)
              + ") into "
              + out);
      output.print(new Result(client.displayEndpoint(), out, first, last, progress.done()));
    }
    return ExitCodes.OK;
  }

  private static long latest(LotusRpcClient client) throws F3Exception {
    Optional<FinalityCertificate> latest = client.latestCertificate();
    if (latest.isEmpty()) {
      throw new F3Exception(client.displayEndpoint() + " has no finality certificate yet");
    }
    return latest.get().instance();
  }

  /** Writes to a file beside the output and moves it into place only when complete. */
  private static void write(CertificateStream certificates, ProgressLine progress, Path out)
      throws F3Exception, IOException {
    Path absolute = out.toAbsolutePath();
    Path partial = absolute.resolveSibling(absolute.getFileName() + ".part");
    boolean complete = false;
    try {
      try (OutputStream file = Files.newOutputStream(partial);
          CertificateJson.ArrayWriter writer = CertificateJson.arrayWriter(file)) {
        Optional<FinalityCertificate> next;
        while ((next = certificates.next()).isPresent()) {
          writer.add(next.get());
          progress.advance();
        }
      } catch (IOException e) {
        throw new F3Exception(partial + ": cannot write: " + e.getMessage(), e);
      }
      try {
        Files.move(
            partial, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(partial, absolute, StandardCopyOption.REPLACE_EXISTING);
      }
      complete = true;
    } finally {
      if (!complete) {
        Files.deleteIfExists(partial);
      }
    }
  }

  /** The certificates of instances {@code first} to {@code last} written from a node to a file. */
  record Result(String node, Path file, long first, long last, long written)
      implements CommandResult {
    @Override
    public void printText(PrintWriter out, PrintWriter err) {
      out.println(
          "Wrote "
              + written
              + (written == 1 ? " certificate" : " certificates")
              + " (instances "
              + Long.toUnsignedString(first)
              + "-"
              + Long.toUnsignedString(last)
              + ") from "
              + node
              + " to "
              + file);
    }

    @Override
    public JsonFields toJson() {
      return JsonFields.object()
          .text("source", "rpc:" + node)
          .text("out", file.toString())
          .uint64("firstInstance", first)
          .uint64("lastInstance", last)
          .number("certificates", written);
    }
  }
}
