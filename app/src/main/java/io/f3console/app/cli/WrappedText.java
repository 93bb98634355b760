package io.f3console.app.cli;

import java.io.PrintWriter;

/**
 * Sentences printed in lines of at most 96 characters, broken only between words, as the doctor's
 * checklists and readings print them.
 */
final class WrappedText {
  static final int WIDTH = 96;

  private WrappedText() {}

  /** Prints {@code text}, its first line after {@code first} and the others after {@code rest}. */
  static void print(PrintWriter out, String first, String rest, String text) {
    StringBuilder line = new StringBuilder(first);
    boolean empty = true;
    for (String word : text.split(" ")) {
      if (!empty && line.length() + 1 + word.length() > WIDTH) {
        out.println(line);
        line = new StringBuilder(rest);
        empty = true;
      }
      if (!empty) {
        line.append(' ');
      }
      line.append(word);
      empty = false;
    }
    out.println(line);
  }
}
