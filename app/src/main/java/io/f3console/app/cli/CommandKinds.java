package io.f3console.app.cli;

import io.f3console.core.history.SessionKind;
import java.util.Map;
import java.util.Optional;

/**
 * What each command that leaves a session in the history does. Commands not listed here (the
 * groups, {@code help}, {@code history}) leave none.
 */
final class CommandKinds {
  private static final Map<Class<?>, SessionKind> KINDS =
      Map.ofEntries(
          Map.entry(PowerTableCidCommand.class, SessionKind.INSPECTION),
          Map.entry(PowerTableShowCommand.class, SessionKind.INSPECTION),
          Map.entry(PowerTableCheckCommand.class, SessionKind.CHECK),
          Map.entry(PowerTableDiffCommand.class, SessionKind.COMPARISON),
          Map.entry(PowerTableConvertCommand.class, SessionKind.CONVERSION),
          Map.entry(PowerTableFetchCommand.class, SessionKind.FETCH),
          Map.entry(PowerTableFromStateCommand.class, SessionKind.INSPECTION),
          Map.entry(CertsValidateCommand.class, SessionKind.VALIDATION),
          Map.entry(CertsShowCommand.class, SessionKind.INSPECTION),
          Map.entry(ParticipationCommand.class, SessionKind.INSPECTION),
          Map.entry(ParticipationMissingCommand.class, SessionKind.INSPECTION),
          Map.entry(CertsFetchCommand.class, SessionKind.FETCH),
          Map.entry(CertsCatchUpCommand.class, SessionKind.LATE_START),
          Map.entry(CertsVerifyStateCommand.class, SessionKind.CHECK),
          Map.entry(CertsSyncCommand.class, SessionKind.FETCH),
          Map.entry(SnapshotInspectCommand.class, SessionKind.INSPECTION),
          Map.entry(SnapshotValidateCommand.class, SessionKind.VALIDATION),
          Map.entry(SnapshotExportCommand.class, SessionKind.CONVERSION),
          Map.entry(NetworksCommand.class, SessionKind.INSPECTION),
          Map.entry(DoctorCommand.class, SessionKind.DOCTOR),
          Map.entry(MonitorCommand.class, SessionKind.CHECK),
          Map.entry(ReleaseCheckCommand.class, SessionKind.RELEASE_CHECK),
          Map.entry(SimulateCommand.class, SessionKind.SIMULATION),
          Map.entry(BenchCommand.class, SessionKind.BENCHMARK));

  private CommandKinds() {}

  /** The kind of session the command leaves, or empty when it leaves none. */
  static Optional<SessionKind> of(Object command) {
    return Optional.ofNullable(KINDS.get(command.getClass()));
  }
}
