package io.f3console.core.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.f3console.core.blocks.MemoryBlockSource;
import io.f3console.core.cbor.CborWriter;
import io.f3console.core.cid.Cid;
import io.f3console.core.cid.Multicodec;
import io.f3console.core.cid.Multihash;
import io.f3console.core.snapshot.CarBlock;
import io.f3console.core.snapshot.CarReader;
import io.f3console.core.testing.SharedData;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** Malformed state gives a {@link StateException} naming the block and what is wrong. */
class MalformedStateTest {
  static final String V17 = "state/butterflynet_2026-05_actorsv17_genesis_powertable_subset.car";
  static final Cid V17_ROOT = cid("bafy2bzaceadg6vhazx3meod5irmoh4ucfeq6ej46lay76q2femzhma7i5wdyq");

  @Test
  void truncatedPowerStateIsMalformedWithTheOffset() throws Exception {
    MemoryBlockSource source = MemoryBlockSource.fromCar(SharedData.file(V17));
    StateTree tree = StateTree.load(source, V17_ROOT);
    Actor power = tree.actor(StateTree.POWER_ACTOR);
    byte[] bytes = source.block(power.head());
    byte[] truncated = Arrays.copyOf(bytes, bytes.length - 5);
    expect(
        () -> PowerState.decode(power.head(), truncated, tree.code(power)),
        StateException.Reason.MALFORMED,
        power.head(),
        "power state",
        "at byte");
    expect(
        () -> StateRoot.decode(V17_ROOT, Arrays.copyOf(source.block(V17_ROOT), 40)),
        StateException.Reason.MALFORMED,
        V17_ROOT,
        "state root");
  }

  @Test
  void aPowerStateOfAnUnknownFieldCountIsAnUnknownVersion() throws Exception {
    CborWriter writer = new CborWriter().writeArrayHeader(16);
    for (int i = 0; i < 16; i++) {
      writer.writeUint64(0);
    }
    byte[] bytes = writer.toByteArray();
    Cid cid = Cid.makeCid(bytes);
    ActorCode code = new ActorCode(cid, ActorKind.POWER, java.util.OptionalInt.empty());
    expect(
        () -> PowerState.decode(cid, bytes, code),
        StateException.Reason.UNKNOWN_VERSION,
        cid,
        "16 fields");
  }

  @Test
  void aBucketOfFourIsRefusedNamingTheNode() throws Exception {
    CborWriter node =
        new CborWriter()
            .writeArrayHeader(2)
            .writeByteString(new byte[] {1})
            .writeArrayHeader(1)
            .writeArrayHeader(4);
    for (int i = 0; i < 4; i++) {
      node.writeArrayHeader(2).writeByteString(new byte[] {(byte) i}).writeNull();
    }
    MemoryBlockSource source = MemoryBlockSource.empty("test");
    Cid root = put(source, node.toByteArray());
    expect(
        () -> Hamt.of(source, root, "test").forEach(entry -> {}),
        StateException.Reason.MALFORMED_HAMT,
        root,
        "bucket of 4 entries");
    expect(
        () -> Hamt.of(source, root, "test").find(new byte[] {0}),
        StateException.Reason.MALFORMED_HAMT,
        root,
        "bucket of 4 entries");
  }

  @Test
  void bitfieldAndPointersMustAgreeAndBucketsMustBeSorted() throws Exception {
    MemoryBlockSource source = MemoryBlockSource.empty("test");
    Cid lying =
        put(
            source,
            new CborWriter()
                .writeArrayHeader(2)
                .writeByteString(new byte[] {3})
                .writeArrayHeader(1)
                .writeArrayHeader(1)
                .writeArrayHeader(2)
                .writeByteString(new byte[] {1})
                .writeNull()
                .toByteArray());
    expect(
        () -> Hamt.of(source, lying, "test").forEach(entry -> {}),
        StateException.Reason.MALFORMED_HAMT,
        lying,
        "bitfield sets 2 slots");
    Cid unsorted =
        put(
            source,
            new CborWriter()
                .writeArrayHeader(2)
                .writeByteString(new byte[] {1})
                .writeArrayHeader(1)
                .writeArrayHeader(2)
                .writeArrayHeader(2)
                .writeByteString(new byte[] {2})
                .writeNull()
                .writeArrayHeader(2)
                .writeByteString(new byte[] {1})
                .writeNull()
                .toByteArray());
    expect(
        () -> Hamt.of(source, unsorted, "test").forEach(entry -> {}),
        StateException.Reason.MALFORMED_HAMT,
        unsorted,
        "increasing order");
    Cid empty =
        put(
            source,
            new CborWriter()
                .writeArrayHeader(2)
                .writeByteString(new byte[0])
                .writeArrayHeader(0)
                .toByteArray());
    assertThat(Hamt.of(source, empty, "test").entries(10)).isEmpty();
    Cid withEmptyChild =
        put(
            source,
            new CborWriter()
                .writeArrayHeader(2)
                .writeByteString(new byte[] {1})
                .writeArrayHeader(1)
                .writeCid(empty)
                .toByteArray());
    expect(
        () -> Hamt.of(source, withEmptyChild, "test").forEach(entry -> {}),
        StateException.Reason.MALFORMED_HAMT,
        empty,
        "non-root node is empty");
  }

  @Test
  void aHamtDeeperThanTheHashAllowsIsRefused() throws Exception {
    MemoryBlockSource source = MemoryBlockSource.empty("test");
    CborWriter leaf =
        new CborWriter().writeArrayHeader(2).writeByteString(new byte[] {3}).writeArrayHeader(2);
    for (int slot = 0; slot < 2; slot++) {
      leaf.writeArrayHeader(2);
      for (int k = 0; k < 2; k++) {
        leaf.writeArrayHeader(2).writeByteString(new byte[] {(byte) slot, (byte) k}).writeNull();
      }
    }
    Cid next = put(source, leaf.toByteArray());
    for (int depth = 0; depth < Hamt.MAX_LEVELS + 2; depth++) {
      next =
          put(
              source,
              new CborWriter()
                  .writeArrayHeader(2)
                  .writeByteString(new byte[] {1})
                  .writeArrayHeader(1)
                  .writeCid(next)
                  .toByteArray());
    }
    Cid root = next;
    assertThatThrownBy(() -> Hamt.of(source, root, "deep").forEach(entry -> {}))
        .isInstanceOfSatisfying(
            StateException.class,
            e -> {
              assertThat(e.reason()).isEqualTo(StateException.Reason.HAMT_TOO_DEEP);
              assertThat(e.getMessage()).contains("depth " + Hamt.MAX_LEVELS, root.toString());
            });
  }

  @Test
  void unknownActorCodesAndVersionsAreRefused() throws Exception {
    StateTree tree = StateTree.load(MemoryBlockSource.fromCar(SharedData.file(V17)), V17_ROOT);
    Actor power = tree.actor(StateTree.POWER_ACTOR);
    Cid strange = Cid.makeCid(new byte[] {1, 2, 3});
    Actor unknown =
        new Actor(Address.id(99), strange, power.head(), 0, BigInteger.ZERO, Optional.empty());
    expect(
        () -> tree.code(unknown),
        StateException.Reason.UNKNOWN_ACTOR_CODE,
        strange,
        "f099",
        "does not name");
    Cid old =
        Cid.v1(
            Multicodec.RAW,
            Multihash.of(
                Multicodec.IDENTITY, "fil/6/storagepower".getBytes(StandardCharsets.UTF_8)));
    Actor oldPower =
        new Actor(Address.id(4), old, power.head(), 0, BigInteger.ZERO, Optional.empty());
    expect(
        () -> BuiltinActors.identityCodes().resolve(oldPower),
        StateException.Reason.UNKNOWN_VERSION,
        old,
        "actors v6");
    expect(
        () -> tree.minerState(StateTree.POWER_ACTOR),
        StateException.Reason.WRONG_ACTOR_KIND,
        power.code(),
        "storagepower");
    expect(
        () -> tree.actor(Address.id(123456)),
        StateException.Reason.ACTOR_NOT_FOUND,
        tree.root().actors(),
        "f0123456");
  }

  @Test
  void aMissingBlockNamesItsCid() throws Exception {
    Path car = SharedData.file(V17);
    StateTree full = StateTree.load(MemoryBlockSource.fromCar(car), V17_ROOT);
    Cid powerHead = full.actor(StateTree.POWER_ACTOR).head();
    MemoryBlockSource partial = MemoryBlockSource.empty("partial");
    try (CarReader reader = CarReader.open(car)) {
      for (Optional<CarBlock> block = reader.next(); block.isPresent(); block = reader.next()) {
        if (!block.get().cid().equals(powerHead)) {
          partial.put(block.get().cid(), block.get().data());
        }
      }
    }
    StateTree tree = StateTree.load(partial, V17_ROOT);
    expect(tree::powerState, StateException.Reason.MISSING_BLOCK, powerHead, "power state");
  }

  @Test
  void aVersionZeroStateRootIsUnsupported() throws Exception {
    byte[] hamtV1 =
        new CborWriter()
            .writeArrayHeader(2)
            .writeByteString(new byte[0])
            .writeArrayHeader(0)
            .toByteArray();
    Cid cid = Cid.makeCid(hamtV1);
    expect(
        () -> StateRoot.decode(cid, hamtV1),
        StateException.Reason.UNSUPPORTED_STATE_TREE,
        cid,
        "version-0");
  }

  private static Cid put(MemoryBlockSource source, byte[] bytes) {
    Cid cid = Cid.makeCid(bytes);
    source.put(cid, bytes);
    return cid;
  }

  private static void expect(
      ThrowingCallable call, StateException.Reason reason, Cid cid, String... words) {
    assertThatThrownBy(call)
        .isInstanceOfSatisfying(
            StateException.class,
            e -> {
              assertThat(e.reason()).isEqualTo(reason);
              assertThat(e.cid()).contains(cid);
              assertThat(e.getMessage()).contains(cid.toString()).contains(words);
            });
  }

  private static Cid cid(String text) {
    try {
      return Cid.fromString(text);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
