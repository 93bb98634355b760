package io.f3console.core.statepower;

import io.f3console.core.blocks.MemoryBlockSource;
import io.f3console.core.cbor.CborMajorType;
import io.f3console.core.cbor.CborReader;
import io.f3console.core.cbor.CborWriter;
import io.f3console.core.cid.Cid;
import io.f3console.core.gpbft.StoragePower;
import io.f3console.core.snapshot.CarBlock;
import io.f3console.core.snapshot.CarReader;
import io.f3console.core.state.Address;
import io.f3console.core.state.StateTree;
import io.f3console.core.testing.SharedData;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Edits real state blocks for tests: a block is re-encoded and put under its new CID, and every
 * block that linked to the old CID is rewritten to link to the new one (all CIDs here are CIDv1
 * dag-cbor blake2b-256, so a link is swapped in place), up to the tipset's header.
 */
public final class StateEdits {
  private final Map<Cid, byte[]> blocks = new LinkedHashMap<>();
  private Cid header;

  private StateEdits() {}

  /** The blocks of a real subset CAR; its root is the (genesis) header. */
  public static StateEdits of(String car) throws Exception {
    StateEdits edits = new StateEdits();
    try (CarReader reader = CarReader.open(SharedData.file(car))) {
      edits.header = reader.header().roots().get(0);
      for (Optional<CarBlock> b = reader.next(); b.isPresent(); b = reader.next()) {
        edits.blocks.put(b.get().cid(), b.get().data());
      }
    }
    return edits;
  }

  public Cid header() {
    return header;
  }

  /** Writes the edited blocks as a CARv1 whose root is the (edited) header. */
  public void writeCar(java.nio.file.Path path) throws java.io.IOException {
    try (io.f3console.core.snapshot.CarWriter writer =
        io.f3console.core.snapshot.CarWriter.create(
            path, io.f3console.core.snapshot.CarWriter.Format.V1, List.of(header))) {
      for (Map.Entry<Cid, byte[]> block : blocks.entrySet()) {
        writer.writeBlock(block.getKey(), block.getValue());
      }
    }
  }

  MemoryBlockSource source() {
    MemoryBlockSource source = MemoryBlockSource.empty("edited state");
    blocks.forEach(source::put);
    return source;
  }

  StateTree tree() throws Exception {
    MemoryBlockSource source = source();
    return StateTree.load(
        source, io.f3console.core.state.BlockHeader.load(source, header).parentStateRoot());
  }

  List<Cid> cids() {
    return List.copyOf(blocks.keySet());
  }

  byte[] block(Cid cid) {
    return blocks.get(cid).clone();
  }

  /** Puts {@code bytes} in place of block {@code old} and relinks every parent; the new CID. */
  Cid replace(Cid old, byte[] bytes) {
    Cid next = Cid.makeCid(bytes);
    if (next.equals(old)) {
      return old;
    }
    blocks.remove(old);
    blocks.put(next, bytes);
    if (old.equals(header)) {
      header = next;
    }
    byte[] from = old.toBytes();
    byte[] to = next.toBytes();
    for (Cid parent : new ArrayList<>(blocks.keySet())) {
      byte[] data = blocks.get(parent);
      if (data != null && indexOf(data, from) >= 0) {
        byte[] changed = data.clone();
        for (int at = indexOf(changed, from); at >= 0; at = indexOf(changed, from)) {
          System.arraycopy(to, 0, changed, at, to.length);
        }
        replace(parent, changed);
      }
    }
    return next;
  }

  /** Replaces field {@code index} of the tuple that is block {@code cid}. */
  Cid editField(Cid cid, int index, byte[] encoded) throws Exception {
    return replace(cid, spliceField(blocks.get(cid), index, encoded));
  }

  /** Replaces field {@code index} of the value under {@code key} in the HAMT rooted at node. */
  void editHamtValue(Cid node, byte[] key, int index, byte[] encoded) throws Exception {
    if (!editHamt(
        node,
        key,
        value -> {
          try {
            return spliceField(value, index, encoded);
          } catch (Exception e) {
            throw new IllegalStateException(e);
          }
        })) {
      throw new IllegalArgumentException("key not found in HAMT " + node);
    }
  }

  void editClaim(long miner, int index, byte[] encoded) throws Exception {
    StateTree tree = tree();
    editHamtValue(tree.powerState().claims(), Address.id(miner).toBytes(), index, encoded);
  }

  void editActor(long id, int index, byte[] encoded) throws Exception {
    editHamtValue(tree().root().actors(), Address.id(id).toBytes(), index, encoded);
  }

  void editMinerState(long miner, int index, byte[] encoded) throws Exception {
    editField(tree().actor(Address.id(miner)).head(), index, encoded);
  }

  void editMinerInfo(long miner, int index, byte[] encoded) throws Exception {
    editField(tree().minerState(Address.id(miner)).info(), index, encoded);
  }

  public void replaceActorState(long id, byte[] bytes) throws Exception {
    replace(tree().actor(Address.id(id)).head(), bytes);
  }

  public void editHeader(int index, byte[] encoded) throws Exception {
    editField(header, index, encoded);
  }

  static byte[] bigInt(long value) {
    return new CborWriter().writeByteString(StoragePower.of(value).toBytes()).toByteArray();
  }

  public static byte[] int64(long value) {
    return new CborWriter().writeInt64(value).toByteArray();
  }

  static byte[] address(Address address) {
    return new CborWriter().writeByteString(address.toBytes()).toByteArray();
  }

  static byte[] link(Cid cid) {
    return new CborWriter().writeCid(cid).toByteArray();
  }

  private boolean editHamt(Cid node, byte[] key, UnaryOperator<byte[]> edit) throws Exception {
    byte[] bytes = blocks.get(node);
    if (bytes == null) {
      return false;
    }
    CborReader reader = new CborReader(bytes);
    reader.readArrayHeader(2, "node");
    reader.readByteString(64, "bitfield");
    int pointers = reader.readArrayHeader(32, "pointers");
    List<Cid> links = new ArrayList<>();
    for (int p = 0; p < pointers; p++) {
      if (reader.peekMajorType() == CborMajorType.TAG) {
        links.add(reader.readCid("link"));
        continue;
      }
      int entries = reader.readArrayHeader(3, "bucket");
      for (int e = 0; e < entries; e++) {
        reader.readArrayHeader(2, "entry");
        byte[] entryKey = reader.readByteString(1 << 10, "key");
        int start = reader.position();
        reader.readValue();
        int end = reader.position();
        if (Arrays.equals(entryKey, key)) {
          byte[] value = edit.apply(Arrays.copyOfRange(bytes, start, end));
          replace(node, splice(bytes, start, end, value));
          return true;
        }
      }
    }
    for (Cid link : links) {
      if (editHamt(link, key, edit)) {
        return true;
      }
    }
    return false;
  }

  static byte[] spliceField(byte[] tuple, int index, byte[] encoded) throws Exception {
    CborReader reader = new CborReader(tuple);
    int fields = reader.readArrayHeader(64, "tuple");
    if (index >= fields) {
      throw new IllegalArgumentException("field " + index + " of a " + fields + "-tuple");
    }
    for (int i = 0; i < index; i++) {
      reader.readValue();
    }
    int start = reader.position();
    reader.readValue();
    return splice(tuple, start, reader.position(), encoded);
  }

  private static byte[] splice(byte[] bytes, int start, int end, byte[] replacement) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(bytes, 0, start);
    out.write(replacement, 0, replacement.length);
    out.write(bytes, end, bytes.length - end);
    return out.toByteArray();
  }

  private static int indexOf(byte[] data, byte[] pattern) {
    outer:
    for (int i = 0; i + pattern.length <= data.length; i++) {
      for (int j = 0; j < pattern.length; j++) {
        if (data[i + j] != pattern[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
