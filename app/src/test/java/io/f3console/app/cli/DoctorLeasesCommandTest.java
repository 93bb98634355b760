package io.f3console.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.f3console.core.sim.SimulationSpec;
import io.f3console.core.sim.SyntheticChain;
import io.f3console.core.sim.SyntheticNetwork;
import io.f3console.core.testing.FakeLotusNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code f3console doctor} with participation leases: one node or the several behind a miner, each
 * lease fault the test node can show, and {@code --miner} and {@code --ticket}.
 */
class DoctorLeasesCommandTest {
  static final ObjectMapper JSON = new ObjectMapper();
  static SyntheticChain chain;
  static long miner;

  @BeforeAll
  static void generate() throws Exception {
    chain = SyntheticNetwork.of(SimulationSpec.of(41, 5, 4, "f3clileases")).generate();
    miner = chain.initialTable().entry(0).id().bits();
  }

  static CliRun doctor(List<FakeLotusNode> nodes, String... more) {
    List<String> args = new ArrayList<>(List.of("--no-history", "doctor"));
    for (FakeLotusNode node : nodes) {
      args.add("--rpc");
      args.add(node.endpoint().toString());
    }
    args.addAll(
        List.of(
            "--network",
            "f3clileases",
            "--initial-power-table",
            chain.initialTable().cid().toString(),
            "--progress-pause",
            "0",
            "--timeout",
            "5",
            "--miner",
            "f0" + miner));
    args.addAll(List.of(more));
    return CliRun.of(args.toArray(String[]::new));
  }

  static JsonNode check(CliRun json, String id) throws Exception {
    for (JsonNode check : JSON.readTree(json.out()).path("checks")) {
      if (check.path("id").asText().equals(id)) {
        return check;
      }
    }
    throw new AssertionError("no check " + id + " in " + json.out());
  }

  @Test
  void aLeaseWithTimeLeftPassesAndTheMinersCheckSaysWhereItIs() throws Exception {
    try (FakeLotusNode node = FakeLotusNode.start(chain).withLeaseEndingIn(miner, 5)) {
      CliRun text = doctor(List.of(node));
      CliRun json = doctor(List.of(node), "--json");

      assertThat(text.status()).as(text.toString()).isZero();
      assertThat(text.out().replaceAll("\\s+", " "))
          .contains("✔ Each miner's F3 participation lease is held by exactly one node")
          .contains("Node 1 (" + node.endpoint())
          .contains("peer " + node.peerId())
          .contains("✔ Miner f0" + miner + " takes part in F3");
      assertThat(check(json, "leases").path("details").path("f0" + miner + "Lease").asText())
          .isEqualTo("ACTIVE");
      assertThat(check(json, "miner-f0" + miner).path("details").path("lease").asText())
          .isEqualTo("ACTIVE");
    }
  }

  @Test
  void aLeaseTheNodeForgotOnRestartFailsWithItsCause() throws Exception {
    try (FakeLotusNode node = FakeLotusNode.start(chain).withLeaseEndingIn(miner, 4)) {
      String ticket = node.ticketFor(miner).toBase64();
      node.forgetLeases();
      CliRun json = doctor(List.of(node), "--ticket", ticket, "--json");

      assertThat(json.status()).as(json.toString()).isEqualTo(ExitCodes.FOUND_WRONG);
      JsonNode leases = check(json, "leases");
      assertThat(leases.path("verdict").asText()).isEqualTo("FAIL");
      assertThat(leases.path("reason").asText()).isEqualTo("LEASE_ABSENT");
      assertThat(leases.path("evidence").toString()).contains("a restarted daemon forgets them");
      assertThat(check(json, "miner-f0" + miner).path("verdict").asText()).isEqualTo("WARN");
    }
  }

  @Test
  void aLeaseListedAfterItEndedFails() throws Exception {
    try (FakeLotusNode node =
        FakeLotusNode.start(chain).listingExpiredLeases().withLease(miner, 0, 1)) {
      CliRun json = doctor(List.of(node), "--json");

      assertThat(json.status()).as(json.toString()).isEqualTo(ExitCodes.FOUND_WRONG);
      assertThat(check(json, "leases").path("reason").asText()).isEqualTo("LEASE_EXPIRED");
    }
  }

  @Test
  void aLeaseAtItsLastInstanceWarns() throws Exception {
    try (FakeLotusNode node = FakeLotusNode.start(chain).withLeaseEndingIn(miner, 0)) {
      CliRun json = doctor(List.of(node), "--json");

      assertThat(json.status()).as(json.toString()).isZero();
      assertThat(check(json, "leases").path("verdict").asText()).isEqualTo("WARN");
      assertThat(check(json, "leases").path("reason").asText()).isEqualTo("LEASE_ABOUT_TO_EXPIRE");
    }
  }

  @Test
  void behindALoadBalancerTheNodeHoldingTheLeaseIsNamedAndAForeignTicketWarns() throws Exception {
    try (FakeLotusNode diagnosed = FakeLotusNode.start(chain);
        FakeLotusNode holder = FakeLotusNode.start(chain).withLeaseEndingIn(miner, 5);
        FakeLotusNode other = FakeLotusNode.start(chain).withLeaseEndingIn(miner, 5)) {
      CliRun held = doctor(List.of(diagnosed, holder));
      String foreign = other.ticketFor(miner).toBase64();
      other.forgetLeases();
      CliRun mismatch = doctor(List.of(diagnosed, holder), "--ticket", foreign, "--json");

      assertThat(held.status()).as(held.toString()).isZero();
      assertThat(held.out().replaceAll("\\s+", " "))
          .contains("Node 1 (" + diagnosed.endpoint())
          .contains("Node 2 (" + holder.endpoint())
          .contains("Node 1 holds none: the miner takes part through Node 2");
      assertThat(mismatch.status()).as(mismatch.toString()).isZero();
      JsonNode leases = check(mismatch, "leases");
      assertThat(leases.path("verdict").asText()).isEqualTo("WARN");
      assertThat(leases.path("reason").asText()).isEqualTo("LEASE_ISSUER_MISMATCH");
      assertThat(leases.path("evidence").toString()).contains(other.peerId().text());
    }
  }

  @Test
  void aMalformedTicketOrASecondRpcElsewhereIsBadInput() throws Exception {
    try (FakeLotusNode node = FakeLotusNode.start(chain)) {
      CliRun ticket = doctor(List.of(node), "--ticket", "not base64!");
      CliRun twice =
          CliRun.of(
              "--no-history",
              "doctor",
              "--ready",
              "--network",
              "f3clileases",
              "--rpc",
              node.endpoint().toString(),
              "--rpc",
              node.endpoint().toString());

      assertThat(ticket.status()).isEqualTo(ExitCodes.BAD_INPUT);
      assertThat(ticket.err()).contains("--ticket");
      assertThat(twice.status()).isEqualTo(ExitCodes.BAD_INPUT);
      assertThat(twice.err()).contains("--rpc is given 2 times: this command asks one node");
    }
  }
}
