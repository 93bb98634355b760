package io.f3console.core.store;

import io.f3console.core.history.HistoryLocation;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Where a network's certificate store lives: {@code --store} first, else {@code
 * certificates-<network>.db} in the folder of the history database (so the same data folder, chosen
 * the same way as {@link HistoryLocation}).
 */
public final class StoreLocation {
  private StoreLocation() {}

  /** The store file of {@code network}: {@code explicit} when given, else the default. */
  public static Path resolve(Path explicit, String network) {
    if (explicit != null) {
      return explicit;
    }
    return besideHistory(HistoryLocation.resolve(null), network);
  }

  /** {@code certificates-<network>.db} in the folder of {@code history}. */
  public static Path besideHistory(Path history, String network) {
    return history.toAbsolutePath().resolveSibling(fileName(network));
  }

  /** The file name of a network's store: its name, lower case, with only safe characters. */
  public static String fileName(String network) {
    String safe = network.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._-]", "_");
    return "certificates-" + safe + ".db";
  }
}
