/**
 * Reading F3 log lines that operators paste or point to: a shipped dictionary of known lines of
 * Lotus, Forest (with its go-f3 sidecar) and go-f3 ({@link io.f3console.core.logs.LogDictionary},
 * each {@link io.f3console.core.logs.KnownLogLine} with its source file, version range, level,
 * class and what to do), the parsing of zap console and JSON lines, Forest tracing lines and bare
 * messages ({@link io.f3console.core.logs.LogLineParser}), and a streaming {@link
 * io.f3console.core.logs.LogClassifier} that collapses repeated lines into counted rows of a {@link
 * io.f3console.core.logs.LogReading}. Lines that match nothing are listed as unknown, never
 * guessed.
 */
package io.f3console.core.logs;
