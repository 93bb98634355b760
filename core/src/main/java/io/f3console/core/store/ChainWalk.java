package io.f3console.core.store;

import io.f3console.core.certs.FinalityCertificate;
import io.f3console.core.certs.FinalityCertificateCbor;
import io.f3console.core.certs.InvalidPowerDeltaException;
import io.f3console.core.certs.PowerTableDeltas;
import io.f3console.core.cbor.CborDecodingException;
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
 * before the first instance wanted, applying each certificate's delta in turn. The committee
 * reached at the end is checked against the CID the last certificate names, so a damaged file
 * is reported, never read as a different committee.
 */
final class ChainWalk {
  /** What the walk hands each certificate in the range asked for. */
  @FunctionalInterface
  interface Visitor {
    void visit(FinalityCertificate certificate, PowerTable committee) throws StoreException;
  }

  private final Connection connection;
  private final Path file;

  ChainWalk(Connection connection, Path file) {
    this.connection = connection;
    this.file = file;
  }

  /** A committee kept whole, and the instance it is the committee of. */
  record Checkpoint(long instance, PowerTable table) {}

  /** The nearest checkpoint at or before {@code instance}, if any. */
  Optional<Checkpoint> checkpointAtOrBefore(long instance) throws SQLException, StoreException {
    try (PreparedStatement query = connection.prepareStatement("SELECT instance, cid, entries"
        + " FROM checkpoints WHERE instance <= ? ORDER BY instance DESC LIMIT 1")) {
      query.setLong(1, instance);
      try (ResultSet row = query.executeQuery()) {
        if (!row.next()) {
          return Optional.empty();
        }
        return Optional.of(new Checkpoint(row.getLong(1), table(row.getString(2),
            row.getBytes(3))));
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
    Checkpoint checkpoint = checkpointAtOrBefore(from).orElseThrow(() -> damaged(
        "no committee is kept at or before instance " + Long.toUnsignedString(from)));
    PowerTable committee = checkpoint.table();
    long expected = checkpoint.instance();
    Cid last = committee.cid();
    try (PreparedStatement query = connection.prepareStatement("SELECT instance, cbor FROM"
        + " certificates WHERE instance >= ? AND instance <= ? ORDER BY instance")) {
      query.setLong(1, checkpoint.instance());
      query.setLong(2, to);
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          long instance = rows.getLong(1);
          if (instance != expected) {
            throw damaged("certificate " + Long.toUnsignedString(expected) + " is missing");
          }
          FinalityCertificate certificate = decode(instance, rows.getBytes(2));
          if (instance >= from) {
            visitor.visit(certificate, committee);
          }
          try {
            committee = PowerTableDeltas.apply(committee, certificate.powerTableDelta());
          } catch (InvalidPowerDeltaException e) {
            throw damaged("the delta of certificate " + Long.toUnsignedString(instance)
                + " does not apply: " + e.getMessage());
          }
          last = certificate.supplementalData().powerTable().orElseThrow(() -> damaged(
              "certificate " + Long.toUnsignedString(instance) + " names no next committee"));
          expected++;
        }
      }
    }
    if (expected != to + 1) {
      throw damaged("certificate " + Long.toUnsignedString(expected) + " is missing");
    }
    if (!committee.cid().equals(last)) {
      throw damaged("the committee after instance " + Long.toUnsignedString(to) + " should have"
          + " CID " + last + " but the stored deltas give " + committee.cid());
    }
    return committee;
  }

  FinalityCertificate decode(long instance, byte[] cbor) throws StoreException {
    try {
      return FinalityCertificateCbor.decode(cbor);
    } catch (CborDecodingException e) {
      throw damaged("certificate " + Long.toUnsignedString(instance) + " does not decode: "
          + e.getMessage());
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
