package io.f3console.core.bootstrap;

import io.f3console.core.cid.Cid;
import java.util.Objects;

/**
 * A committee known without reading certificates: the network's initial power table, or the table a
 * source gives for an instance. A late start begins at {@code instance} when the trusted table has
 * this CID and a certificate of that instance is read.
 *
 * @param instance the instance the table is the committee of
 * @param tableCid the table's CID
 * @param method how it is known: {@link LateStartMethod#INITIAL_TABLE} or {@link
 *     LateStartMethod#SOURCE_TABLE}
 */
public record LateStartKnownCommittee(long instance, Cid tableCid, LateStartMethod method) {
  public LateStartKnownCommittee {
    Objects.requireNonNull(tableCid, "tableCid");
    Objects.requireNonNull(method, "method");
    if (method != LateStartMethod.INITIAL_TABLE && method != LateStartMethod.SOURCE_TABLE) {
      throw new IllegalArgumentException(
          "a known committee is the initial table or a source's" + " table, not " + method);
    }
  }
}
