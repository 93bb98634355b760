package io.f3console.app.cli;

import java.io.PrintWriter;

/**
 * What one command found, as one value that prints itself twice from the same fields: as text for a
 * person and as one JSON object for a program. A command computes its result, records it in its
 * session, prints it through {@link OutputOptions#print} and returns the exit status the result
 * means; it never writes text or JSON of its own beside it, so the two forms cannot drift apart.
 */
interface CommandResult {
  /** The text form: the findings on {@code out}; notes, warnings and hints on {@code err}. */
  void printText(PrintWriter out, PrintWriter err);

  /** The JSON form: one object whose keys follow {@link JsonFields}' conventions. */
  JsonFields toJson();
}
