package io.f3console.core.blocks.internal.zstd;

import com.github.luben.zstd.Zstd;
import com.github.luben.zstd.ZstdInputStream;
import com.github.luben.zstd.util.Native;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Zstandard through zstd-jni (ADR 0007), with plain Java types only: the one place that touches
 * {@code com.github.luben}. It decompresses CARs as streams, and compresses and decompresses the
 * certificate store's batches (ADR 0008) in memory. The native library loads on first use; when it
 * does not load on this platform (or the system property {@value #DISABLE_PROPERTY} is {@code
 * true}), {@link #decompressing}, {@link #compress} and {@link #decompress} say so with a {@link
 * ZstdUnavailableException} instead of failing with a linkage error.
 */
public final class ZstdFrames {
  /** The system property that makes zstd unavailable, to try that path. */
  public static final String DISABLE_PROPERTY = "f3console.zstd.disable";

  /** The first four bytes of a zstd frame: the magic number 0xFD2FB528, little-endian. */
  private static final byte[] MAGIC = {0x28, (byte) 0xb5, 0x2f, (byte) 0xfd};

  private static volatile String loadProblem;
  private static volatile boolean loaded;

  private ZstdFrames() {}

  /** The number of bytes {@link #isZstd} looks at. */
  public static int magicLength() {
    return MAGIC.length;
  }

  /** Whether {@code start} (the first bytes of a file) begins with the zstd magic number. */
  public static boolean isZstd(byte[] start, int length) {
    if (length < MAGIC.length) {
      return false;
    }
    for (int i = 0; i < MAGIC.length; i++) {
      if (start[i] != MAGIC[i]) {
        return false;
      }
    }
    return true;
  }

  /** Why zstd cannot be used here, or empty when it can (loads the native library once). */
  public static synchronized Optional<String> unavailable() {
    if (Boolean.getBoolean(DISABLE_PROPERTY)) {
      return Optional.of("zstd is disabled by the system property " + DISABLE_PROPERTY);
    }
    if (loaded) {
      return Optional.empty();
    }
    if (loadProblem == null) {
      try {
        Native.load();
        loaded = true;
        return Optional.empty();
      } catch (LinkageError | SecurityException e) {
        loadProblem =
            "the zstd native library (zstd-jni) does not load on "
                + System.getProperty("os.name")
                + " "
                + System.getProperty("os.arch").toLowerCase(Locale.ROOT)
                + ": "
                + e;
      }
    }
    return Optional.of(loadProblem);
  }

  /**
   * A stream of the decompressed bytes of {@code in} (one or more zstd frames); it owns {@code in}.
   * Corrupt input fails its reads with an {@link IOException}.
   *
   * @throws ZstdUnavailableException if the native library does not load here
   */
  public static InputStream decompressing(InputStream in)
      throws ZstdUnavailableException, IOException {
    Objects.requireNonNull(in, "in");
    Optional<String> problem = unavailable();
    if (problem.isPresent()) {
      throw new ZstdUnavailableException(problem.get());
    }
    try {
      return new ZstdInputStream(in);
    } catch (LinkageError e) {
      throw new ZstdUnavailableException("the zstd native library (zstd-jni) failed: " + e);
    }
  }

  /**
   * One zstd frame of {@code data} at compression {@code level}, declaring its content size.
   *
   * @throws ZstdUnavailableException if the native library does not load here
   */
  public static byte[] compress(byte[] data, int level) throws ZstdUnavailableException {
    Objects.requireNonNull(data, "data");
    Optional<String> problem = unavailable();
    if (problem.isPresent()) {
      throw new ZstdUnavailableException(problem.get());
    }
    try {
      return Zstd.compress(data, level);
    } catch (LinkageError e) {
      throw new ZstdUnavailableException("the zstd native library (zstd-jni) failed: " + e);
    }
  }

  /**
   * The content of {@code frame}, one zstd frame that must declare exactly {@code size} bytes and
   * hold them: no more than {@code size} bytes are ever allocated.
   *
   * @throws IOException if the frame is corrupt, declares another size or holds another amount
   * @throws ZstdUnavailableException if the native library does not load here
   */
  public static byte[] decompress(byte[] frame, int size)
      throws IOException, ZstdUnavailableException {
    Objects.requireNonNull(frame, "frame");
    if (size < 0) {
      throw new IllegalArgumentException("a negative size " + size);
    }
    Optional<String> problem = unavailable();
    if (problem.isPresent()) {
      throw new ZstdUnavailableException(problem.get());
    }
    try {
      if (!isZstd(frame, frame.length)) {
        throw new IOException("not a zstd frame (no magic number)");
      }
      long declared = Zstd.getFrameContentSize(frame);
      if (declared != size) {
        throw new IOException(
            declared < 0
                ? "the zstd frame does not declare its size"
                : "the zstd frame declares " + declared + " bytes, not " + size);
      }
      byte[] out = new byte[size];
      long written = Zstd.decompressByteArray(out, 0, size, frame, 0, frame.length);
      if (Zstd.isError(written)) {
        throw new IOException("the zstd frame does not decompress: " + Zstd.getErrorName(written));
      }
      if (written != size) {
        throw new IOException("the zstd frame holds " + written + " bytes, not " + size);
      }
      return out;
    } catch (RuntimeException e) {
      // zstd-jni reports some errors as its ZstdException, a RuntimeException
      throw new IOException("the zstd frame does not decompress: " + e.getMessage(), e);
    } catch (LinkageError e) {
      throw new ZstdUnavailableException("the zstd native library (zstd-jni) failed: " + e);
    }
  }

  /** zstd cannot be used on this platform; the message says why. */
  public static final class ZstdUnavailableException extends Exception {
    private static final long serialVersionUID = 1L;

    ZstdUnavailableException(String message) {
      super(message);
    }
  }
}
