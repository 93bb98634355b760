package io.f3console.core.rpc;

import io.f3console.core.cid.Cid;
import java.util.List;

/**
 * A tipset as far as the console needs it: its height (epoch) and its key, the CIDs of its blocks
 * in order. Read from Lotus's {@code types.TipSet} ({@code Height}, {@code Cids}) and from F3's
 * tipsets ({@code Epoch}, {@code Key}).
 *
 * @param height the epoch
 * @param cids the block CIDs, which together are the tipset key
 */
public record TipSetSummary(long height, List<Cid> cids) {
  public TipSetSummary {
    cids = List.copyOf(cids);
  }
}
