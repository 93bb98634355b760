package io.f3console.core.state;

import io.f3console.core.F3Exception;
import io.f3console.core.blocks.BlockSource;
import io.f3console.core.cid.Cid;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A state tree read from checked blocks: actors by ID address, the power actor's state and claims,
 * a miner's state and info, an account's key address. Everything is decoded on demand; nothing is
 * cached beyond the root and the builtin-actors manifest.
 */
public final class StateTree {
  /** The system actor, whose state points to the builtin-actors manifest. */
  public static final Address SYSTEM_ACTOR = Address.id(0);

  /** The storage power actor. */
  public static final Address POWER_ACTOR = Address.id(4);

  /** Receives the claims, in the map's order. */
  public interface ClaimVisitor {
    void visit(PowerClaim claim) throws F3Exception, InterruptedException;
  }

  private final BlockSource source;
  private final StateRoot root;
  private final Hamt actors;
  private final BuiltinActors builtinActors;

  private StateTree(BlockSource source, StateRoot root, Hamt actors, BuiltinActors builtin) {
    this.source = source;
    this.root = root;
    this.actors = actors;
    this.builtinActors = builtin;
  }

  /** Opens the state tree whose root is {@code stateRoot} and reads its manifest. */
  public static StateTree load(BlockSource source, Cid stateRoot)
      throws StateException, InterruptedException {
    Objects.requireNonNull(source, "source");
    StateRoot root = StateRoot.load(source, stateRoot);
    Hamt actors = Hamt.of(source, root.actors(), "actors");
    StateTree partial = new StateTree(source, root, actors, BuiltinActors.identityCodes());
    BuiltinActors builtin = BuiltinActors.load(source, partial.actor(SYSTEM_ACTOR));
    return new StateTree(source, root, actors, builtin);
  }

  public StateRoot root() {
    return root;
  }

  public BuiltinActors builtinActors() {
    return builtinActors;
  }

  /** The actor with ID address {@code id}, or empty. */
  public Optional<Actor> findActor(Address id) throws StateException, InterruptedException {
    requireId(id);
    Optional<HamtEntry> entry = actors.find(id.toBytes());
    if (entry.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(Actor.decode(id, entry.get().valueUnsafe(), root.actors(), root.version()));
  }

  /**
   * The actor with ID address {@code id}; {@link StateException.Reason#ACTOR_NOT_FOUND} if none.
   */
  public Actor actor(Address id) throws StateException, InterruptedException {
    Optional<Actor> actor = findActor(id);
    if (actor.isEmpty()) {
      throw new StateException(
          StateException.Reason.ACTOR_NOT_FOUND,
          Optional.of(root.actors()),
          "no actor " + id + " in the actors map " + root.actors() + " of state " + root.cid());
    }
    return actor.get();
  }

  /** The kind and version of an actor's code. */
  public ActorCode code(Actor actor) throws StateException {
    return builtinActors.resolve(actor);
  }

  /** The power actor's state (f04). */
  public PowerState powerState() throws StateException, InterruptedException {
    Actor power = actor(POWER_ACTOR);
    ActorCode code = requireKind(power, ActorKind.POWER);
    return PowerState.decode(
        power.head(), StateCbor.load(source, power.head(), "power state"), code);
  }

  /** Visits every claim of the power state's claims map. */
  public void forEachClaim(PowerState power, ClaimVisitor visitor)
      throws F3Exception, InterruptedException {
    Objects.requireNonNull(visitor, "visitor");
    Cid map = power.claims();
    Hamt.of(source, map, "power claims")
        .forEach(
            entry -> {
              Address miner;
              try {
                miner = Address.fromBytes(entry.keyUnsafe());
              } catch (AddressFormatException e) {
                throw new StateException(
                    StateException.Reason.MALFORMED,
                    Optional.of(map),
                    "claims map "
                        + map
                        + ": key "
                        + entry.keyHex()
                        + " is not an address: "
                        + e.getMessage(),
                    e);
              }
              Claim claim =
                  StateCbor.decode(
                      entry.valueUnsafe(), map, "claim of " + miner + " in map", Claim::read);
              visitor.visit(new PowerClaim(miner, claim));
            });
  }

  /**
   * Every claim, in the map's order.
   *
   * @throws StateException if there are more than {@code maxClaims}, or one cannot be read
   */
  public List<PowerClaim> claims(PowerState power, int maxClaims)
      throws StateException, InterruptedException {
    List<PowerClaim> out = new ArrayList<>();
    try {
      forEachClaim(
          power,
          claim -> {
            if (out.size() == maxClaims) {
              throw new StateException(
                  StateException.Reason.MALFORMED,
                  Optional.of(power.claims()),
                  "claims map " + power.claims() + " holds more than " + maxClaims + " claims");
            }
            out.add(claim);
          });
    } catch (StateException | InterruptedException e) {
      throw e;
    } catch (F3Exception e) {
      throw new IllegalStateException("unexpected", e);
    }
    return List.copyOf(out);
  }

  /** The state of miner {@code miner} (an ID address). */
  public MinerState minerState(Address miner) throws StateException, InterruptedException {
    Actor actor = actor(miner);
    ActorCode code = requireKind(actor, ActorKind.MINER);
    return MinerState.decode(
        actor.head(), StateCbor.load(source, actor.head(), "miner state of " + miner), code);
  }

  /** The info of miner {@code miner}. */
  public MinerInfo minerInfo(Address miner) throws StateException, InterruptedException {
    Actor actor = actor(miner);
    ActorCode code = requireKind(actor, ActorKind.MINER);
    MinerState state =
        MinerState.decode(
            actor.head(), StateCbor.load(source, actor.head(), "miner state of " + miner), code);
    return MinerInfo.decode(
        state.info(), StateCbor.load(source, state.info(), "miner info of " + miner), code);
  }

  /** The state of account {@code account} (an ID address): its key address. */
  public AccountState accountState(Address account) throws StateException, InterruptedException {
    Actor actor = actor(account);
    requireKind(actor, ActorKind.ACCOUNT);
    return AccountState.decode(
        actor.head(), StateCbor.load(source, actor.head(), "account state of " + account));
  }

  private ActorCode requireKind(Actor actor, ActorKind kind) throws StateException {
    ActorCode code = builtinActors.resolve(actor);
    if (code.kind() != kind) {
      throw new StateException(
          StateException.Reason.WRONG_ACTOR_KIND,
          Optional.of(actor.code()),
          "actor "
              + actor.address()
              + " is a "
              + code.kind().manifestName()
              + " actor ("
              + actor.code()
              + "), not "
              + kind.manifestName());
    }
    return code;
  }

  private static void requireId(Address address) throws StateException {
    if (!Objects.requireNonNull(address, "address").isId()) {
      throw new StateException(
          StateException.Reason.NOT_AN_ID_ADDRESS,
          Optional.empty(),
          "actors are looked up by ID address; "
              + address
              + " is a "
              + address.protocol()
              + " address");
    }
  }
}
