package io.f3console.app.ui.powertable;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The filter of the entry table, from what was typed. Words separated by spaces must all match;
 * each word is one of:
 *
 * <ul>
 *   <li>{@code f01234} or {@code t01234}: actors whose address contains it;
 *   <li>digits ({@code 1234}): actors whose ID contains them, or keys starting with them;
 *   <li>hex ({@code a99f}, {@code 0xa99f}): keys starting with it (or a status saying it, such as
 *       {@code bad});
 *   <li>{@code valid}, {@code invalid}, {@code shared}: by key status; {@code zero}: entries whose
 *       scaled power is 0;
 *   <li>anything else: entries whose key status says it ({@code subgroup}, {@code identity}).
 * </ul>
 */
final class EntryFilter {
  private static final Pattern ADDRESS = Pattern.compile("[ft]0\\d*");
  private static final Pattern DIGITS = Pattern.compile("\\d+");
  private static final Pattern HEX = Pattern.compile("(0x)?[0-9a-f]+");

  private EntryFilter() {}

  /** The predicate for {@code text}; every row matches a blank text. */
  static Predicate<EntryRow> parse(String text) {
    if (text == null || text.isBlank()) {
      return row -> true;
    }
    List<Predicate<EntryRow>> words = new ArrayList<>();
    for (String word : text.strip().toLowerCase(Locale.ROOT).split("\\s+")) {
      words.add(word(word));
    }
    return row -> words.stream().allMatch(word -> word.test(row));
  }

  private static Predicate<EntryRow> word(String word) {
    switch (word) {
      case "valid":
        return EntryRow::keyValid;
      case "invalid":
        return row -> !row.keyValid();
      case "shared":
        return EntryRow::keyShared;
      case "zero":
        return row -> row.scaledPower() == 0;
      default:
        break;
    }
    if (ADDRESS.matcher(word).matches()) {
      String address = "f" + word.substring(1);
      return row -> row.actor().address().contains(address);
    }
    if (DIGITS.matcher(word).matches()) {
      return row -> row.actor().decimal().contains(word) || row.key().toHex().startsWith(word);
    }
    if (HEX.matcher(word).matches()) {
      String prefix = word.startsWith("0x") ? word.substring(2) : word;
      return row -> row.key().toHex().startsWith(prefix) || row.statusWords().contains(word);
    }
    return row -> row.statusWords().contains(word);
  }
}
