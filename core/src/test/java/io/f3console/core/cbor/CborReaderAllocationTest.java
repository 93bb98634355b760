package io.f3console.core.cbor;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What reading allocates is bounded by what is read: a few dozen bytes per data item. Found by the
 * fuzzing harness, which saw 194 MiB allocated for 1.7 MB of mostly zero bytes (each item's major
 * type looked up through a fresh copy of the enum's values).
 */
class CborReaderAllocationTest {
  private static final com.sun.management.ThreadMXBean THREADS =
      (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

  @Test
  void aMillionSmallItemsAllocateAFewDozenBytesEach() throws CborDecodingException {
    int items = 1_000_000;
    byte[] zeros = new byte[items];
    CborReader reader = new CborReader(zeros);
    long before = THREADS.getCurrentThreadAllocatedBytes();
    long read = 0;
    while (!reader.atEnd()) {
      CborValue value = reader.readValue();
      read += ((CborValue.UnsignedInteger) value).bits() == 0 ? 1 : 0;
    }
    long allocated = THREADS.getCurrentThreadAllocatedBytes() - before;

    assertThat(read).isEqualTo(items);
    assertThat(allocated).isLessThan(48L * items);
  }

  @Test
  void anArrayOfSmallItemsAllocatesAFewDozenBytesEach() throws CborDecodingException {
    int items = CborReader.MAX_LENGTH;
    byte[] array = new byte[3 + items];
    array[0] = (byte) 0x99; // array, two-byte length
    array[1] = (byte) (items >> 8);
    array[2] = (byte) items;
    long before = THREADS.getCurrentThreadAllocatedBytes();
    List<CborValue> values = ((CborValue.Array) new CborReader(array).readValue()).items();
    long allocated = THREADS.getCurrentThreadAllocatedBytes() - before;

    assertThat(values).hasSize(items);
    assertThat(allocated).isLessThan(48L * items);
  }
}
