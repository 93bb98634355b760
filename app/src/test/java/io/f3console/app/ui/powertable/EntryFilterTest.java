package io.f3console.app.ui.powertable;

import static org.assertj.core.api.Assertions.assertThat;

import io.f3console.core.crypto.KeyStatus;
import io.f3console.core.crypto.PublicKeyCheck;
import io.f3console.core.gpbft.ActorId;
import io.f3console.core.gpbft.PubKey;
import io.f3console.core.gpbft.StoragePower;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

class EntryFilterTest {
  private static final PublicKeyCheck VALID =
      new PublicKeyCheck(KeyStatus.VALID, 48, "valid G1 public key");
  private static final PublicKeyCheck OUTSIDE =
      new PublicKeyCheck(KeyStatus.NOT_IN_SUBGROUP, 48, "not in the G1 subgroup");

  private final EntryRow big = row(1, 1234, "a99f", 500, VALID, 1);
  private final EntryRow shared = row(2, 98765, "8e85", 20, VALID, 2);
  private final EntryRow broken = row(3, 120, "1230", 0, OUTSIDE, 1);
  private final List<EntryRow> rows = List.of(big, shared, broken);

  @Test
  void blankMatchesEverything() {
    assertThat(matching("")).containsExactlyElementsOf(rows);
    assertThat(matching("   ")).containsExactlyElementsOf(rows);
  }

  @Test
  void anAddressMatchesActorsContainingIt() {
    assertThat(matching("f012")).containsExactly(big, broken);
    assertThat(matching("F01234")).containsExactly(big);
    assertThat(matching("t098765")).containsExactly(shared);
  }

  @Test
  void digitsMatchActorIdsOrKeyPrefixes() {
    assertThat(matching("876")).containsExactly(shared);
    assertThat(matching("8e")).containsExactly(shared);
    // 1234 contains the digits; the key of the third starts with them.
    assertThat(matching("123")).containsExactly(big, broken);
    assertThat(matching("20")).containsExactly(broken);
  }

  @Test
  void hexMatchesKeyPrefixesOnly() {
    assertThat(matching("a99f")).containsExactly(big);
    assertThat(matching("0x12")).containsExactly(broken);
    assertThat(matching("8E8")).containsExactly(shared);
    assertThat(matching("99f")).isEmpty();
  }

  @Test
  void statusWordsMatchByKeyStatusAndScaledPower() {
    assertThat(matching("invalid")).containsExactly(broken);
    assertThat(matching("valid")).containsExactly(big, shared);
    assertThat(matching("shared")).containsExactly(shared);
    assertThat(matching("zero")).containsExactly(broken);
    assertThat(matching("subgroup")).containsExactly(broken);
  }

  @Test
  void everyWordMustMatch() {
    assertThat(matching("valid f0")).containsExactly(big, shared);
    assertThat(matching("shared f01234")).isEmpty();
  }

  private List<EntryRow> matching(String text) {
    Predicate<EntryRow> filter = EntryFilter.parse(text);
    return rows.stream().filter(filter).toList();
  }

  private static EntryRow row(
      int rank, long id, String keyPrefix, long scaled, PublicKeyCheck check, int users) {
    String hex = (keyPrefix + "0".repeat(96)).substring(0, 96);
    return new EntryRow(
        rank,
        rank - 1,
        ActorId.of(id),
        StoragePower.of(1000L * (4 - rank)),
        0.1,
        scaled,
        0.1 * rank,
        PubKey.fromHex(hex),
        check,
        users);
  }
}
