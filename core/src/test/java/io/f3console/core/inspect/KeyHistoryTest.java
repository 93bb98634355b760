package io.f3console.core.inspect;

import static org.assertj.core.api.Assertions.assertThat;

import io.f3console.core.gpbft.ActorId;
import io.f3console.core.gpbft.PowerEntry;
import io.f3console.core.gpbft.PowerTable;
import io.f3console.core.gpbft.PubKey;
import io.f3console.core.gpbft.StoragePower;
import io.f3console.core.inspect.KeyHistory.Event;
import io.f3console.core.inspect.KeyHistory.Kind;
import io.f3console.core.sim.SimulationSpec;
import io.f3console.core.sim.SyntheticChain;
import io.f3console.core.sim.SyntheticNetwork;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A key history read from the certificates' deltas tells the same story as the committees
 * themselves: after each event the participant's entry has exactly that key and power (or is gone),
 * and between events nothing about it changes.
 */
class KeyHistoryTest {
  static final int INSTANCES = 60;

  static SyntheticChain chain;
  static TreeSet<ActorId> actors;

  @BeforeAll
  static void generate() throws Exception {
    chain =
        SyntheticNetwork.of(
                new SimulationSpec(
                    23,
                    40,
                    INSTANCES,
                    "testnet",
                    new SimulationSpec.Churn(0.95, 0.1, 0.1, 0.3, 0.2)))
            .generate();
    actors = new TreeSet<>();
    for (int i = 0; i <= INSTANCES; i++) {
      for (PowerEntry entry : chain.tableOf(i).entries()) {
        actors.add(entry.id());
      }
    }
  }

  static KeyHistory historyOf(ActorId actor, boolean includePowerChanges) {
    return KeyHistory.of(actor, chain.initialTable(), 0, chain.certificates(), includePowerChanges);
  }

  static Optional<PowerEntry> entryOf(PowerTable table, ActorId actor) {
    return table.indexOf(actor).map(table::entry);
  }

  @Test
  void everyEventMatchesTheCommitteeItLeadsTo() {
    for (ActorId actor : actors) {
      for (Event event : historyOf(actor, true).events()) {
        PowerTable table =
            event.kind() == Kind.INITIAL
                ? chain.initialTable()
                : chain.tableOf((int) event.certificateInstance() + 1);
        Optional<PowerEntry> entry = entryOf(table, actor);
        if (event.kind() == Kind.LEFT) {
          assertThat(entry).as("%s after %s", actor, event).isEmpty();
          assertThat(event.key()).isEqualTo(PubKey.EMPTY);
          assertThat(event.power()).isEqualTo(StoragePower.ZERO);
        } else {
          assertThat(entry)
              .as("%s after %s", actor, event)
              .hasValueSatisfying(
                  e -> {
                    assertThat(e.pubKey()).isEqualTo(event.key());
                    assertThat(e.power()).isEqualTo(event.power());
                  });
        }
      }
    }
  }

  @Test
  void eachKindDescribesTheChangeFromTheCommitteeBefore() {
    for (ActorId actor : actors) {
      for (Event event : historyOf(actor, true).events()) {
        if (event.kind() == Kind.INITIAL) {
          assertThat(event.certificateInstance()).isZero();
          continue;
        }
        Optional<PowerEntry> before =
            entryOf(chain.tableOf((int) event.certificateInstance()), actor);
        String what = actor + " at " + event;
        switch (event.kind()) {
          case JOINED:
            assertThat(before).as(what).isEmpty();
            break;
          case LEFT:
            assertThat(before).as(what).isPresent();
            break;
          case ROTATED:
            assertThat(before)
                .as(what)
                .hasValueSatisfying(e -> assertThat(e.pubKey()).isNotEqualTo(event.key()));
            break;
          case REPOWERED:
            assertThat(before)
                .as(what)
                .hasValueSatisfying(
                    e -> {
                      assertThat(e.pubKey()).isEqualTo(event.key());
                      assertThat(e.power()).isNotEqualTo(event.power());
                    });
            break;
          default:
            throw new AssertionError("unexpected " + what);
        }
      }
    }
  }

  @Test
  void withPowerChangesTheHistoryAccountsForTheEntryAtEveryInstance() {
    for (ActorId actor : actors) {
      List<Event> events = historyOf(actor, true).events();
      int next = 0;
      Optional<Event> latest = Optional.empty();
      if (!events.isEmpty() && events.get(0).kind() == Kind.INITIAL) {
        latest = Optional.of(events.get(0));
        next = 1;
      }
      for (int instance = 0; instance <= INSTANCES; instance++) {
        // An event of certificate c describes the committee of instance c + 1 onwards.
        while (next < events.size() && events.get(next).certificateInstance() < instance) {
          latest = Optional.of(events.get(next++));
        }
        Optional<PowerEntry> entry = entryOf(chain.tableOf(instance), actor);
        if (latest.isEmpty() || latest.get().kind() == Kind.LEFT) {
          assertThat(entry).as("%s at instance %d", actor, instance).isEmpty();
        } else {
          Event state = latest.get();
          assertThat(entry)
              .as("%s at instance %d", actor, instance)
              .hasValueSatisfying(
                  e -> {
                    assertThat(e.pubKey()).isEqualTo(state.key());
                    assertThat(e.power()).isEqualTo(state.power());
                  });
        }
      }
      assertThat(next).as("every event of %s used", actor).isEqualTo(events.size());
    }
  }

  @Test
  void theChainHasJoinsLeavesAndRotationsAndRotationsCountsThem() {
    Map<Kind, Long> counts = new EnumMap<>(Kind.class);
    long rotations = 0;
    for (ActorId actor : actors) {
      KeyHistory history = historyOf(actor, true);
      for (Event event : history.events()) {
        counts.merge(event.kind(), 1L, Long::sum);
      }
      assertThat(history.actor()).isEqualTo(actor);
      assertThat(history.rotations())
          .isEqualTo(history.events().stream().filter(e -> e.kind() == Kind.ROTATED).count());
      rotations += history.rotations();
    }

    assertThat(counts.get(Kind.INITIAL)).isEqualTo(chain.initialTable().size());
    assertThat(counts).containsKeys(Kind.JOINED, Kind.LEFT, Kind.ROTATED, Kind.REPOWERED);
    assertThat(rotations).isEqualTo(counts.get(Kind.ROTATED)).isPositive();
  }

  @Test
  void withoutPowerChangesOnlyKeyAndMembershipEventsAreListed() {
    boolean sawRepowered = false;
    for (ActorId actor : actors) {
      List<Event> all = historyOf(actor, true).events();
      List<Event> keys = historyOf(actor, false).events();
      List<Event> expected = new ArrayList<>();
      for (Event event : all) {
        if (event.kind() == Kind.REPOWERED) {
          sawRepowered = true;
        } else {
          expected.add(event);
        }
      }
      assertThat(keys)
          .as("%s", actor)
          .isEqualTo(expected)
          .noneMatch(e -> e.kind() == Kind.REPOWERED);
      assertThat(historyOf(actor, false).rotations()).isEqualTo(historyOf(actor, true).rotations());
    }
    assertThat(sawRepowered).isTrue();
  }

  @Test
  void anActorThatJoinedLaterStartsWithItsJoin() {
    ActorId newcomer =
        actors.stream()
            .filter(a -> chain.initialTable().indexOf(a).isEmpty())
            .findFirst()
            .orElseThrow();

    List<Event> events = historyOf(newcomer, true).events();

    assertThat(events).isNotEmpty();
    assertThat(events.get(0).kind()).isEqualTo(Kind.JOINED);
    assertThat(events).noneMatch(e -> e.kind() == Kind.INITIAL);
  }

  @Test
  void anActorInNoTableHasNoHistory() {
    ActorId stranger = ActorId.of(actors.last().bits() + 1_000_000);

    KeyHistory history = historyOf(stranger, true);

    assertThat(history.events()).isEmpty();
    assertThat(history.rotations()).isZero();
  }

  @Test
  void theHistoryMayStartPartWayAlongTheChain() {
    int start = 30;
    for (ActorId actor : actors) {
      KeyHistory history =
          KeyHistory.of(
              actor,
              chain.tableOf(start),
              start,
              chain.certificates().subList(start, INSTANCES),
              true);
      Optional<PowerEntry> initial = entryOf(chain.tableOf(start), actor);

      if (initial.isPresent()) {
        assertThat(history.events().get(0))
            .isEqualTo(
                new Event(start, Kind.INITIAL, initial.get().pubKey(), initial.get().power()));
      }
      List<Event> fromStart =
          historyOf(actor, true).events().stream()
              .filter(e -> e.kind() != Kind.INITIAL && e.certificateInstance() >= start)
              .toList();
      assertThat(history.events().stream().filter(e -> e.kind() != Kind.INITIAL).toList())
          .as("%s", actor)
          .isEqualTo(fromStart);
    }
  }
}
