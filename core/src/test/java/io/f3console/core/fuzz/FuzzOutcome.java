package io.f3console.core.fuzz;

import java.util.Optional;

/**
 * What one input did: how long it took, what it allocated, and the exception that ended it (if
 * any), or that it never finished.
 *
 * @param nanos wall time of the parse
 * @param allocatedBytes bytes allocated by the parsing thread, or -1 if it could not be measured
 * @param thrown the exception that escaped the parser, if one did
 * @param hung whether the parse did not end within the watchdog's limit
 */
record FuzzOutcome(long nanos, long allocatedBytes, Optional<Throwable> thrown, boolean hung) {}
