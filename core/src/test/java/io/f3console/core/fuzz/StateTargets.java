package io.f3console.core.fuzz;

import io.f3console.core.F3Exception;
import io.f3console.core.blocks.BlockSource;
import io.f3console.core.blocks.LayeredBlockSource;
import io.f3console.core.blocks.MemoryBlockSource;
import io.f3console.core.cid.Cid;
import io.f3console.core.snapshot.CarBlock;
import io.f3console.core.snapshot.CarReader;
import io.f3console.core.state.Actor;
import io.f3console.core.state.ActorCode;
import io.f3console.core.state.BlockHeader;
import io.f3console.core.state.Hamt;
import io.f3console.core.state.MinerState;
import io.f3console.core.state.PowerState;
import io.f3console.core.state.StateDecoding;
import io.f3console.core.state.StateTree;
import io.f3console.core.testing.SharedData;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The chain-state decoders as fuzzing targets, seeded with the blocks of real Lotus genesis states
 * (butterflynet, actors v17, state tree v5; interopnet, actors v7): block headers, state roots,
 * actor records, the power actor's state, a miner's state and info, and HAMTs walked to the end.
 */
final class StateTargets {
  private static final String[] GENESIS = {
    "state/lotus_genesis_butterflynet_2026-05_actorsv17.car.zst",
    "state/lotus_genesis_interopnet_actorsv7.car.zst"
  };

  /** What one genesis state gives: its blocks, the codes of its actors and the seed blocks. */
  private record Genesis(
      BlockSource blocks,
      long treeVersion,
      ActorCode powerCode,
      ActorCode minerCode,
      byte[] header,
      byte[] stateRoot,
      List<byte[]> actors,
      byte[] powerState,
      byte[] minerState,
      byte[] minerInfo,
      List<byte[]> hamtRoots) {}

  private final Path scratch;

  StateTargets(Path scratch) {
    this.scratch = scratch;
  }

  List<FuzzTarget> all() throws Exception {
    List<Genesis> states = new ArrayList<>();
    for (String name : GENESIS) {
      states.add(genesis(name));
    }
    List<byte[]> hamtRoots = collect(states, Genesis::hamtRoots);
    hamtRoots.add(multilevelHamtRoot(states.get(0).blocks()));
    List<FuzzTarget> targets = new ArrayList<>();
    targets.add(
        new FuzzTarget(
            "state.BlockHeader",
            collect(states, g -> List.of(g.header())),
            StateDecoding::blockHeader));
    targets.add(
        new FuzzTarget(
            "state.StateRoot",
            collect(states, g -> List.of(g.stateRoot())),
            StateDecoding::stateRoot));
    targets.add(
        new FuzzTarget(
            "state.Actor",
            collect(states, Genesis::actors),
            input -> eachState(states, g -> StateDecoding.actor(input, g.treeVersion()))));
    targets.add(
        new FuzzTarget(
            "state.PowerState",
            collect(states, g -> List.of(g.powerState())),
            input -> eachState(states, g -> StateDecoding.powerState(input, g.powerCode()))));
    targets.add(
        new FuzzTarget(
            "state.MinerState",
            collect(states, g -> List.of(g.minerState())),
            input -> eachState(states, g -> StateDecoding.minerState(input, g.minerCode()))));
    targets.add(
        new FuzzTarget(
            "state.MinerInfo",
            collect(states, g -> List.of(g.minerInfo())),
            input -> eachState(states, g -> StateDecoding.minerInfo(input, g.minerCode()))));
    targets.add(
        new FuzzTarget(
            "state.Hamt", hamtRoots, input -> eachState(states, g -> walkHamt(g.blocks(), input))));
    return targets;
  }

  /** The fuzzed node as the root of a HAMT whose other nodes are the real ones, walked fully. */
  private static Object walkHamt(BlockSource real, byte[] root) throws Exception {
    Cid cid = Cid.makeCid(root);
    BlockSource blocks =
        LayeredBlockSource.of(MemoryBlockSource.empty("fuzzed node").put(cid, root), real);
    Hamt hamt = Hamt.of(blocks, cid, "fuzzed map");
    hamt.find(new byte[] {0x00, 0x04});
    return hamt.entries(100_000);
  }

  @FunctionalInterface
  private interface Decode {
    Object decode(Genesis genesis) throws Exception;
  }

  /** Decodes with each state's parameters; the input is rejected only if every one rejects it. */
  private static void eachState(List<Genesis> states, Decode decode) throws Exception {
    F3Exception rejected = null;
    for (Genesis genesis : states) {
      try {
        decode.decode(genesis);
        return;
      } catch (F3Exception e) {
        rejected = e;
      }
    }
    throw rejected;
  }

  private static List<byte[]> collect(
      List<Genesis> states, java.util.function.Function<Genesis, List<byte[]>> seeds) {
    List<byte[]> out = new ArrayList<>();
    for (Genesis genesis : states) {
      out.addAll(seeds.apply(genesis));
    }
    return out;
  }

  /** The root node of a real HAMT three levels deep (its other nodes are in the genesis). */
  private static byte[] multilevelHamtRoot(BlockSource genesis) throws Exception {
    try (CarReader reader =
        CarReader.open(
            SharedData.file("state/butterflynet_2026-05_actorsv17_hamt_multilevel_subset.car"))) {
      return genesis.block(reader.header().roots().get(0));
    }
  }

  private Genesis genesis(String name) throws Exception {
    Path car = scratch.resolve(Path.of(name).getFileName().toString().replace(".zst", ""));
    try (InputStream in =
        new com.github.luben.zstd.ZstdInputStream(Files.newInputStream(SharedData.file(name)))) {
      Files.copy(in, car, StandardCopyOption.REPLACE_EXISTING);
    }
    MemoryBlockSource blocks = MemoryBlockSource.empty(name);
    Cid root;
    try (CarReader reader = CarReader.open(car)) {
      root = reader.header().roots().get(0);
      for (Optional<CarBlock> block = reader.next(); block.isPresent(); block = reader.next()) {
        blocks.put(block.get().cid(), block.get().data());
      }
    }
    Files.delete(car);
    BlockHeader header = BlockHeader.load(blocks, root);
    StateTree tree = StateTree.load(blocks, header.parentStateRoot());
    Actor power = tree.actor(StateTree.POWER_ACTOR);
    PowerState powerState = tree.powerState();
    Actor miner = tree.actor(tree.claims(powerState, 100).get(0).miner());
    byte[] minerStateBytes = blocks.block(miner.head());
    ActorCode minerCode = tree.code(miner);
    MinerState minerState = StateDecoding.minerState(minerStateBytes, minerCode);
    return new Genesis(
        blocks,
        tree.root().version(),
        tree.code(power),
        minerCode,
        blocks.block(root),
        blocks.block(header.parentStateRoot()),
        StateDecoding.actorValues(blocks, tree, 64),
        blocks.block(power.head()),
        minerStateBytes,
        blocks.block(minerState.info()),
        List.of(blocks.block(tree.root().actors()), blocks.block(powerState.claims())));
  }
}
