package io.f3console.core.certs;

import java.io.IOException;
import java.io.Writer;
import java.util.Arrays;

/**
 * A minimal JSON writer that lays text out exactly as Go's {@code encoding/json} does: compact like
 * {@code json.Marshal}, or indented by two spaces like {@code json.MarshalIndent(v, "", " ")},
 * where empty arrays and objects stay {@code []} and {@code {}} and a field name is followed by
 * {@code ": "}. Strings are escaped as Go escapes them, {@code <}, {@code >} and {@code &}
 * included. Matching the layout byte for byte lets tests compare our output with files Lotus wrote.
 */
final class GoJsonWriter {
  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private final Writer out;
  private final boolean indent;
  private int[] counts = new int[8];
  private int depth;
  private boolean afterName;

  GoJsonWriter(Writer out, boolean indent) {
    this.out = out;
    this.indent = indent;
  }

  GoJsonWriter beginObject() throws IOException {
    return open('{');
  }

  GoJsonWriter endObject() throws IOException {
    return close('}');
  }

  GoJsonWriter beginArray() throws IOException {
    return open('[');
  }

  GoJsonWriter endArray() throws IOException {
    return close(']');
  }

  GoJsonWriter name(String name) throws IOException {
    separate();
    quote(name);
    out.write(indent ? ": " : ":");
    afterName = true;
    return this;
  }

  GoJsonWriter string(String value) throws IOException {
    beforeValue();
    quote(value);
    return this;
  }

  /** A number, given as its exact decimal text. */
  GoJsonWriter number(String decimal) throws IOException {
    beforeValue();
    out.write(decimal);
    return this;
  }

  GoJsonWriter nullValue() throws IOException {
    beforeValue();
    out.write("null");
    return this;
  }

  private GoJsonWriter open(char bracket) throws IOException {
    beforeValue();
    out.write(bracket);
    depth++;
    if (depth == counts.length) {
      counts = Arrays.copyOf(counts, 2 * depth);
    }
    counts[depth] = 0;
    return this;
  }

  private GoJsonWriter close(char bracket) throws IOException {
    int items = counts[depth];
    depth--;
    if (items > 0) {
      newline();
    }
    out.write(bracket);
    return this;
  }

  private void beforeValue() throws IOException {
    if (afterName) {
      afterName = false;
    } else if (depth > 0) {
      separate();
    }
  }

  private void separate() throws IOException {
    if (counts[depth]++ > 0) {
      out.write(',');
    }
    newline();
  }

  private void newline() throws IOException {
    if (indent) {
      out.write('\n');
      for (int i = 0; i < depth; i++) {
        out.write("  ");
      }
    }
  }

  private void quote(String text) throws IOException {
    out.write('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> out.write("\\\"");
        case '\\' -> out.write("\\\\");
        case '\n' -> out.write("\\n");
        case '\r' -> out.write("\\r");
        case '\t' -> out.write("\\t");
        default -> {
          if (c < 0x20 || c == '<' || c == '>' || c == '&' || c == '\u2028' || c == '\u2029') {
            out.write("\\u");
            for (int shift = 12; shift >= 0; shift -= 4) {
              out.write(HEX[(c >> shift) & 0xf]);
            }
          } else {
            out.write(c);
          }
        }
      }
    }
    out.write('"');
  }
}
