package io.f3console.app.cli;

import io.f3console.core.F3Exception;
import io.f3console.core.gpbft.PowerTable;
import io.f3console.core.inspect.DataInput;
import io.f3console.core.powertable.PowerTableDocument;
import io.f3console.core.powertable.PowerTableFormat;
import io.f3console.core.powertable.TableFile;
import io.f3console.core.source.DataSource;
import io.f3console.core.source.SourceKind;
import io.f3console.core.source.SourcedTable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A power table read for a command. From a file, with what the reader noticed about it: the file's
 * own claims (declared CID, totals) that do not hold are {@link #contradictions()}, lesser oddities
 * are {@link #notes()}. From another source (a snapshot, a CAR, a node, the demo network), the
 * committee of one instance, with where exactly it came from ({@link #origin()}).
 */
record LoadedPowerTable(
    PowerTableDocument document,
    PowerTable table,
    List<String> notes,
    List<String> contradictions,
    Optional<String> origin) {

  /** The name that stands for standard input in place of a file. */
  static final String STANDARD_INPUT = DataInput.STANDARD_INPUT;

  /**
   * The table a source string names: a file's table, or a source's committee of {@code instance}
   * (default: its initial table). For a file, {@code instance} must be the instance the file itself
   * states.
   */
  static LoadedPowerTable read(
      SourceArgument argument, Optional<Long> instance, NodeAccessOptions node) throws F3Exception {
    if (argument.isFile()) {
      LoadedPowerTable loaded = read(argument.openFile(), argument.file());
      if (instance.isPresent() && !loaded.instance().equals(instance)) {
        throw new F3Exception(
            loaded.document().source()
                + ": --instance "
                + Long.toUnsignedString(instance.get())
                + " asked, but the file "
                + loaded
                    .instance()
                    .map(i -> "is the table of instance " + Long.toUnsignedString(i))
                    .orElse("states no instance")
                + "; --instance chooses among the tables of a snapshot, CAR, node or demo network");
      }
      return loaded;
    }
    try (DataSource source = argument.open(node)) {
      if (!source.hasPowerTables()) {
        throw new F3Exception(source.spec() + " holds no power table");
      }
      SourcedTable sourced =
          instance.isPresent() ? source.powerTable(instance.get()) : source.initialPowerTable();
      return of(source, sourced);
    }
  }

  /** A committee taken from an open source. */
  static LoadedPowerTable of(DataSource source, SourcedTable sourced) {
    PowerTableFormat format =
        source.spec().kind() == SourceKind.RPC
            ? PowerTableFormat.JSON_ENTRIES
            : PowerTableFormat.DAG_CBOR;
    PowerTableDocument document =
        new PowerTableDocument(
            source.spec().toString(),
            format,
            sourced.table().entries(),
            Optional.of(sourced.instance()),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            true);
    return new LoadedPowerTable(
        document, sourced.table(), List.of(), List.of(), Optional.of(sourced.origin()));
  }

  /** A file's table, or standard input's for {@code -}, read the one way files are read. */
  static LoadedPowerTable read(Path path) throws F3Exception {
    return read(DataInput.open(path), path);
  }

  private static LoadedPowerTable read(DataInput opened, Path path) throws F3Exception {
    TableFile file;
    try (DataInput input = opened) {
      file = input.table();
    } catch (IOException e) {
      throw new F3Exception(path + ": cannot close: " + e.getMessage(), e);
    }
    return new LoadedPowerTable(
        file.document(), file.table(), file.notes(), file.contradictions(), Optional.empty());
  }

  String describe() {
    String size = table.size() + (table.size() == 1 ? " entry" : " entries");
    String instance =
        document.instance().map(i -> ", instance " + Long.toUnsignedString(i)).orElse("");
    if (origin.isPresent()) {
      return document.source() + " (" + size + instance + ", from " + origin.get() + ")";
    }
    return document.source()
        + " ("
        + document.format().description()
        + ", "
        + size
        + instance
        + ")";
  }

  Optional<Long> instance() {
    return document.instance();
  }
}
