/**
 * The command line: picocli subcommands under {@link io.f3console.app.cli.F3ConsoleCommand}
 * (certificates, power tables, snapshots, the doctor, the release check, monitoring, participation,
 * history, simulation and benchmarks), laid out once in {@link io.f3console.app.cli.CommandTree}. A
 * command parses its arguments, calls core, prints a {@link io.f3console.app.cli.CommandResult} as
 * text or JSON and returns one of the {@link io.f3console.app.cli.ExitCodes}; each run is recorded
 * as a session ({@link io.f3console.app.cli.RunRecorder}). Every decision is core's.
 *
 * <p>It depends on core and {@code app.common} only: never on JavaFX or the {@code ui} packages, so
 * every subcommand runs without a display. Only the launcher depends on it.
 */
package io.f3console.app.cli;
