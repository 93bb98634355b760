package io.f3console.core.rpc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.f3console.core.cbor.CborWriter;
import io.f3console.core.gpbft.ActorId;
import io.f3console.core.testing.Mutations;
import io.f3console.core.testing.PeerIds;
import io.f3console.core.testing.SharedData;
import java.util.Base64;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Participation tickets: the real Lotus ticket the shared data's notes decode, made-up ones, and
 * every way a ticket can be malformed.
 */
class ParticipationTicketTest {
  static final String PEER = PeerIds.ed25519(3);

  /** The ticket's base64 and its decoded tuple, as the shared data's notes write them. */
  private record Noted(String base64, JsonNode tuple) {}

  private static Noted noted() throws Exception {
    String notes = SharedData.text("README.md");
    Matcher base64 =
        Pattern.compile("participation_lease_ticket_from_lotus[\\s\\S]*?`([A-Za-z0-9+/=]{40,})`")
            .matcher(notes);
    assertThat(base64.find()).as("the ticket in the data notes").isTrue();
    Matcher tuple =
        Pattern.compile("`(\\[\"calibrationnet\"[^`]*\\])`").matcher(notes.substring(base64.end()));
    assertThat(tuple.find()).as("the decoded ticket in the data notes").isTrue();
    return new Noted(base64.group(1), new ObjectMapper().readTree(tuple.group(1)));
  }

  private static byte[] tuple(CborWriter writer) {
    return writer.toByteArray();
  }

  private static ParticipationTicket.FormatException refused(byte[] cbor) {
    return catchThrowableOfType(
        ParticipationTicket.FormatException.class, () -> ParticipationTicket.decode(cbor));
  }

  @Test
  void theRealLotusTicketDecodesToTheNotedTuple() throws Exception {
    Noted noted = noted();
    ParticipationTicket ticket = ParticipationTicket.fromBase64(noted.base64());

    assertThat(ticket.network()).isEqualTo(noted.tuple().get(0).textValue());
    assertThat(ticket.issuer().text()).isEqualTo(noted.tuple().get(1).textValue());
    assertThat(ticket.miner()).isEqualTo(ActorId.of(noted.tuple().get(2).longValue()));
    assertThat(ticket.fromInstance()).isEqualTo(noted.tuple().get(3).longValue());
    assertThat(ticket.validityTerm()).isEqualTo(noted.tuple().get(4).longValue());
    // written back, it is the node's bytes exactly
    assertThat(ticket.toBase64()).isEqualTo(noted.base64());
    assertThat(ticket.lease().lastInstance())
        .isEqualTo(noted.tuple().get(3).longValue() + noted.tuple().get(4).longValue());
  }

  @Test
  void aTicketSurvivesEncodingWithUnsignedValues() throws Exception {
    ParticipationTicket ticket =
        new ParticipationTicket(
            "calibrationnet2", new PeerId(PeerIds.rsa(5)), ActorId.of(-1L), -2L, 5);

    ParticipationTicket back = ParticipationTicket.decode(ticket.encode());

    assertThat(back).isEqualTo(ticket);
    assertThat(back.miner().decimal()).isEqualTo("18446744073709551615");
    assertThat(back.lease().lastInstance()).as("capped at the largest instance").isEqualTo(-1L);
  }

  @Test
  void textThatIsNotATicketIsRefusedWithWhatIsWrong() {
    assertThatThrownBy(() -> ParticipationTicket.fromBase64("  "))
        .isInstanceOf(ParticipationTicket.FormatException.class)
        .hasMessage("participation ticket: empty");
    assertThatThrownBy(() -> ParticipationTicket.fromBase64("not base64!"))
        .hasMessageStartingWith("participation ticket: not base64");
    assertThatThrownBy(
            () -> ParticipationTicket.fromBase64("A".repeat(ParticipationTicket.MAX_BASE64 + 4)))
        .hasMessageContaining("longer than any ticket");
  }

  @Test
  void malformedTuplesAreRefusedNamingTheFieldAndTheByte() {
    byte[] four =
        tuple(new CborWriter().writeArrayHeader(4).writeTextString("n").writeTextString(PEER));
    assertThat(refused(four).getMessage())
        .isEqualTo(
            "participation ticket: ticket: wrong number of fields: expected 5, found 4 at byte 0");

    byte[] textMiner =
        tuple(
            new CborWriter()
                .writeArrayHeader(5)
                .writeTextString("n")
                .writeTextString(PEER)
                .writeTextString("1000")
                .writeUint64(0)
                .writeUint64(1));
    assertThat(refused(textMiner).getMessage()).contains("MinerID");

    byte[] negativeTerm =
        tuple(
            new CborWriter()
                .writeArrayHeader(5)
                .writeTextString("n")
                .writeTextString(PEER)
                .writeUint64(1000)
                .writeUint64(0)
                .writeInt64(-1));
    assertThat(refused(negativeTerm).getMessage()).contains("ValidityTerm");

    byte[] good = new ParticipationTicket("n", new PeerId(PEER), ActorId.of(1000), 0, 1).encode();
    byte[] trailing = java.util.Arrays.copyOf(good, good.length + 1);
    assertThat(refused(trailing).getMessage()).contains("trailing");
    byte[] truncated = java.util.Arrays.copyOf(good, good.length - 1);
    assertThat(refused(truncated).getMessage()).contains("ValidityTerm");

    byte[] notPeer =
        new CborWriter()
            .writeArrayHeader(5)
            .writeTextString("n")
            .writeTextString("node-a")
            .writeUint64(1000)
            .writeUint64(0)
            .writeUint64(1)
            .toByteArray();
    assertThat(refused(notPeer).getMessage())
        .startsWith("participation ticket: Issuer (byte 3): not a base58 peer ID");
  }

  @Test
  void aLongFormHeaderIsRefusedAsCborGenRefusesIt() {
    byte[] good = new ParticipationTicket("n", new PeerId(PEER), ActorId.of(5), 0, 1).encode();
    // the last field, 1, written as the two-byte form 0x18 0x01 instead of 0x01
    byte[] longForm = java.util.Arrays.copyOf(good, good.length + 1);
    longForm[good.length - 1] = 0x18;
    longForm[good.length] = 0x01;

    assertThat(refused(longForm).getMessage()).contains("ValidityTerm");
  }

  @Test
  void mutatedTicketsDecodeOrFailCleanly() throws Exception {
    byte[] real = Base64.getDecoder().decode(noted().base64());
    SplittableRandom random = new SplittableRandom(20);
    int refusedCount = 0;
    for (int i = 0; i < 5_000; i++) {
      byte[] mutated = Mutations.mutate(real, random);
      try {
        ParticipationTicket ticket = ParticipationTicket.decode(mutated);
        assertThat(ticket.encode()).isEqualTo(mutated);
      } catch (ParticipationTicket.FormatException e) {
        assertThat(e.getMessage()).startsWith("participation ticket: ").doesNotContain("\n");
        refusedCount++;
      }
    }
    assertThat(refusedCount).isPositive();
  }
}
