package io.f3console.core.snapshot;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A byte range of a file, opened as a stream from its start (the F3 data block inside a CAR). The
 * stream ends at the end of the range; a file that ends first is an {@link EOFException}.
 *
 * @param path the file
 * @param offset where the range starts
 * @param length how long it is
 */
record FileRegion(Path path, long offset, long length) {
  InputStream open() throws IOException {
    FileChannel channel = FileChannel.open(path, StandardOpenOption.READ);
    try {
      channel.position(offset);
    } catch (IOException e) {
      channel.close();
      throw e;
    }
    InputStream in = Channels.newInputStream(channel);
    return new InputStream() {
      private long left = length;

      @Override
      public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
      }

      @Override
      public int read(byte[] buffer, int at, int count) throws IOException {
        if (left <= 0) {
          return -1;
        }
        int n = in.read(buffer, at, (int) Math.min(count, left));
        if (n < 0) {
          throw new EOFException(
              path
                  + " ends at byte "
                  + (offset + length - left)
                  + ", inside the block that runs to byte "
                  + (offset + length));
        }
        left -= n;
        return n;
      }

      @Override
      public void close() throws IOException {
        in.close();
      }
    };
  }
}
