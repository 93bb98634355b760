package io.f3console.core.store;

import io.f3console.core.cbor.CborDecodingException;
import io.f3console.core.certs.FinalityCertificate;
import io.f3console.core.certs.FinalityCertificateCbor;
import io.f3console.core.certs.InvalidPowerDeltaException;
import io.f3console.core.certs.PowerTableDeltas;
import io.f3console.core.cid.Cid;
import io.f3console.core.gpbft.PowerTable;
import io.f3console.core.powertable.PowerTableFiles;
import io.f3console.core.powertable.PowerTableFormatException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/**
 * Walks the stored chain with each certificate's committee: from the nearest checkpoint at or
 * before the first instance wanted, applying each certificate's delta in turn, reading the
 * certificates in order from their batches and the tail ({@link CertificateBatches}). The committee
 * reached at the end is checked against the CID the last certificate names, so a damaged file is
 * reported, never read as a different committee.
 */
final class ChainWalk {
  /** What the walk hands each certificate in the range asked for. */
  @FunctionalInterface
  interface Visitor {
    void visit(FinalityCertificate certificate, PowerTable committee) throws StoreException;
  }

  private final Connection connection;
  private final Path file;
  private final CertificateBatches batches;

  ChainWalk(Connection connection, Path file, CertificateBatches batches) {
    this.connection = connection;
    this.file = file;
    this.batches = batches;
  }

  /** A committee kept whole, and the instance it is the committee of. */
  record Checkpoint(long instance, PowerTable table) {}

  /** The nearest checkpoint at or before {@code instance}, if any. */
  Optional<Checkpoint> checkpointAtOrBefore(long instance) throws SQLException, StoreException {
    try (PreparedStatement query =
        connection.prepareStatement(
            "SELECT instance, cid, entries"
                + " FROM checkpoints WHERE instance <= ? ORDER BY instance DESC LIMIT 1")) {
      query.setLong(1, instance);
      try (ResultSet row = query.executeQuery()) {
        if (!row.next()) {
          return Optional.empty();
        }
        return Optional.of(
            new Checkpoint(row.getLong(1), table(row.getString(2), row.getBytes(3))));
      }
    }
  }

  /**
   * Visits the stored certificates {@code from}–{@code to} with their committees and returns the
   * committee of the instance after {@code to}.
   *
   * @throws StoreException if a certificate in the range is missing or the file is damaged
   */
  PowerTable walk(long from, long to, Visitor visitor) throws SQLException, StoreException {
    Checkpoint checkpoint =
        checkpointAtOrBefore(from)
            .orElseThrow(
                () ->
                    damaged(
                        "no committee is kept at or before instance "
                            + Long.toUnsignedString(from)));
    Walker walker = new Walker(checkpoint, from, visitor);
    // each batch is decompressed once, from the checkpoint's batch on
    batches.forEach(checkpoint.instance(), to, walker::step);
    if (walker.expected != to + 1) {
      throw damaged("certificate " + Long.toUnsignedString(walker.expected) + " is missing");
    }
    if (!walker.committee.cid().equals(walker.last)) {
      throw damaged(
          "the committee after instance "
              + Long.toUnsignedString(to)
              + " should have"
              + " CID "
              + walker.last
              + " but the stored deltas give "
              + walker.committee.cid());
    }
    return walker.committee;
  }

  /** The committee as the walk goes, applying each certificate's delta. */
  private final class Walker {
    private final long from;
    private final Visitor visitor;
    PowerTable committee;
    long expected;
    Cid last;

    Walker(Checkpoint checkpoint, long from, Visitor visitor) {
      this.from = from;
      this.visitor = visitor;
      committee = checkpoint.table();
      expected = checkpoint.instance();
      last = committee.cid();
    }

    void step(long instance, byte[] cbor, boolean signaturesChecked) throws StoreException {
      if (instance != expected) {
        throw damaged("certificate " + Long.toUnsignedString(expected) + " is missing");
      }
      FinalityCertificate certificate = decode(instance, cbor);
      if (instance >= from) {
        visitor.visit(certificate, committee);
      }
      try {
        committee = PowerTableDeltas.apply(committee, certificate.powerTableDelta());
      } catch (InvalidPowerDeltaException e) {
        throw damaged(
            "the delta of certificate "
                + Long.toUnsignedString(instance)
                + " does not apply: "
                + e.getMessage());
      }
      last =
          certificate
              .supplementalData()
              .powerTable()
              .orElseThrow(
                  () ->
                      damaged(
                          "certificate "
                              + Long.toUnsignedString(instance)
                              + " names no next committee"));
      expected++;
    }
  }

  FinalityCertificate decode(long instance, byte[] cbor) throws StoreException {
    try {
      return FinalityCertificateCbor.decode(cbor);
    } catch (CborDecodingException e) {
      throw damaged(
          "certificate " + Long.toUnsignedString(instance) + " does not decode: " + e.getMessage());
    }
  }

  PowerTable table(String cid, byte[] cbor) throws StoreException {
    PowerTable table;
    try {
      table = PowerTableFiles.parseCbor(cbor, "kept committee " + cid).toTable();
    } catch (PowerTableFormatException e) {
      throw damaged(e.getMessage());
    }
    if (!table.cid().toString().equals(cid)) {
      throw damaged("committee " + cid + " has CID " + table.cid());
    }
    return table;
  }

  StoreException damaged(String what) {
    return new StoreException("the certificate store " + file + " is damaged: " + what);
  }
}
