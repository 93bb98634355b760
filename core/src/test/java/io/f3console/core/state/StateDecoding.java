package io.f3console.core.state;

import io.f3console.core.blocks.BlockSource;
import io.f3console.core.cid.Cid;
import java.util.ArrayList;
import java.util.List;

/**
 * The chain-state decoders as other test packages may call them (the fuzzing harness): each takes
 * the bytes of one block or HAMT value, as a node or a CAR would hand them over.
 */
public final class StateDecoding {
  private static final Cid PLACEHOLDER = Cid.makeCid(new byte[] {(byte) 0x80});

  private StateDecoding() {}

  public static BlockHeader blockHeader(byte[] bytes) throws StateException {
    return BlockHeader.decode(Cid.makeCid(bytes), bytes);
  }

  public static StateRoot stateRoot(byte[] bytes) throws StateException {
    return StateRoot.decode(Cid.makeCid(bytes), bytes);
  }

  /** An actor record as the actors map holds it, for a state tree of {@code version}. */
  public static Actor actor(byte[] bytes, long version) throws StateException {
    return Actor.decode(Address.id(1000), bytes, PLACEHOLDER, version);
  }

  public static PowerState powerState(byte[] bytes, ActorCode code) throws StateException {
    return PowerState.decode(Cid.makeCid(bytes), bytes, code);
  }

  public static MinerState minerState(byte[] bytes, ActorCode code) throws StateException {
    return MinerState.decode(Cid.makeCid(bytes), bytes, code);
  }

  public static MinerInfo minerInfo(byte[] bytes, ActorCode code) throws StateException {
    return MinerInfo.decode(Cid.makeCid(bytes), bytes, code);
  }

  /** One HAMT node on its own. */
  public static HamtNode hamtNode(byte[] bytes, boolean root) throws StateException {
    return HamtNode.read(bytes, Cid.makeCid(bytes), "fuzzed map", root);
  }

  /** The raw actor records of a state tree's actors map (at most {@code max}). */
  public static List<byte[]> actorValues(BlockSource source, StateTree tree, int max)
      throws StateException, InterruptedException {
    List<byte[]> values = new ArrayList<>();
    for (HamtEntry entry : Hamt.of(source, tree.root().actors(), "actors").entries(max)) {
      values.add(entry.value());
    }
    return values;
  }
}
