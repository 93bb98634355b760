package io.f3console.core.cbor;

import io.f3console.core.F3Exception;

/** CBOR that breaks a rule of the strict decoder, with the byte offset where it happened. */
public class CborDecodingException extends F3Exception {
  private static final long serialVersionUID = 1L;

  private final String problem;
  private final long offset;

  public CborDecodingException(String problem, long offset) {
    super(problem + " at byte " + offset);
    this.problem = problem;
    this.offset = offset;
  }

  public CborDecodingException(String problem, long offset, Throwable cause) {
    super(problem + " at byte " + offset, cause);
    this.problem = problem;
    this.offset = offset;
  }

  /** What is wrong, without the offset. */
  public String problem() {
    return problem;
  }

  /** The same error with a context prefix, e.g. {@code "entry 17: "}. */
  public CborDecodingException withContext(String context) {
    return new CborDecodingException(context + problem, offset, getCause());
  }

  /** The offset of the offending item within the decoded buffer. */
  public long offset() {
    return offset;
  }
}
