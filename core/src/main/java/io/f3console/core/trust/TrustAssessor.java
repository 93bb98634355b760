package io.f3console.core.trust;

import io.f3console.core.F3Exception;
import io.f3console.core.cid.Cid;
import io.f3console.core.network.NetworkProfile;
import io.f3console.core.network.NetworkProfiles;
import io.f3console.core.network.NetworkSelection;
import java.util.Objects;
import java.util.Optional;

/**
 * The one place that decides how far a power table is proved for a network, and which instance a
 * table presented for a validation is the committee of. The CLI and the console only present what
 * it decides.
 *
 * <p>A table is <em>verified</em> when its CID is the network's initial power-table CID and it is
 * taken as the committee of the initial instance (or when it equals a CID the person gave); a
 * <em>mismatch</em> when it is taken as the committee of the initial instance and is not the
 * initial table, or when it is the initial table of another known network; otherwise
 * <em>unverified</em>: nothing is there to compare it with.
 */
public final class TrustAssessor {
  private final NetworkProfiles known;
  private final NetworkSelection selection;

  /**
   * @param known the networks whose initial tables are recognised (the built-in profiles)
   * @param selection the network the data is judged for (its profile may be one built in code, such
   *     as the demo network's)
   */
  public TrustAssessor(NetworkProfiles known, NetworkSelection selection) {
    this.known = Objects.requireNonNull(known, "known");
    this.selection = Objects.requireNonNull(selection, "selection");
  }

  /** An assessor for a network, with the built-in profiles recognised. */
  public static TrustAssessor of(NetworkSelection selection) {
    return new TrustAssessor(NetworkProfiles.builtIn(), selection);
  }

  /** An assessor for a known (or code-built) network profile. */
  public static TrustAssessor of(NetworkProfile profile) {
    return of(NetworkSelection.of(profile));
  }

  public NetworkSelection selection() {
    return selection;
  }

  /** The network's name as the evidence gives it: its profile key, else the F3 network name. */
  public String networkName() {
    return selection.profile().map(NetworkProfile::key).orElse(selection.f3NetworkName());
  }

  /** The network's initial instance: its profile's, else 0 (go-f3's default). */
  public long initialInstance() {
    return selection.profile().map(NetworkProfile::initialInstance).orElse(0L);
  }

  /** The network's published initial power-table CID, if it publishes one. */
  public Optional<Cid> expectedInitialCid() {
    return selection
        .profile()
        .flatMap(NetworkProfile::initialPowerTableCid)
        .map(TrustAssessor::parse);
  }

  /**
   * The instance a table starts a validation at, decided in this order: the instance asked for; the
   * instance the table's source states; the network's initial instance when the table is the
   * network's initial table; the first certificate's instance; the initial instance.
   *
   * @param asked the instance the person asked for ({@code --from})
   * @param declared the instance the table's source states (a file's field, a source's committee)
   * @param table the table's CID
   * @param firstCertificate the instance of the first certificate to validate, if any
   */
  public long startInstance(
      Optional<Long> asked, Optional<Long> declared, Cid table, Optional<Long> firstCertificate) {
    if (asked.isPresent()) {
      return asked.get();
    }
    if (declared.isPresent()) {
      return declared.get();
    }
    if (expectedInitialCid().filter(table::equals).isPresent()) {
      return initialInstance();
    }
    return firstCertificate.orElse(initialInstance());
  }

  /**
   * The trust of a table taken as the committee of {@code instance} of this network.
   *
   * @param table the table's CID
   * @param instance the instance it is the committee of
   */
  public Trust table(Cid table, long instance) {
    Objects.requireNonNull(table, "table");
    String network = networkName();
    Optional<Cid> expected = expectedInitialCid();
    Optional<NetworkProfile> owner = otherOwner(table);
    Optional<String> belongsTo = owner.map(NetworkProfile::key);
    boolean initial = instance == initialInstance();
    if (initial && expected.filter(table::equals).isPresent()) {
      return new Trust(
          TrustReason.INITIAL_CID_MATCHES,
          table,
          expected,
          network,
          Optional.of(network),
          "Its CID is the initial power-table CID published for " + network + ".");
    }
    if (owner.isPresent()) {
      return new Trust(
          TrustReason.OTHER_NETWORKS_INITIAL_TABLE,
          table,
          expected,
          network,
          belongsTo,
          "It is the initial power table of "
              + describe(owner.get())
              + ", not a table of "
              + describeSelected()
              + ".");
    }
    if (!selection.isKnown()) {
      return new Trust(
          TrustReason.CUSTOM_NETWORK,
          table,
          expected,
          network,
          belongsTo,
          "\""
              + selection.f3NetworkName()
              + "\" is a custom F3 network name with no known"
              + " profile, so nothing is known to compare this table with.");
    }
    if (!initial) {
      return new Trust(
          TrustReason.PAST_INITIAL_INSTANCE,
          table,
          Optional.empty(),
          network,
          belongsTo,
          "The committee of instance "
              + Long.toUnsignedString(instance)
              + "; "
              + network
              + " publishes a CID only for the committee of its initial instance "
              + Long.toUnsignedString(initialInstance())
              + ", so nothing proves this one.");
    }
    if (expected.isEmpty()) {
      return new Trust(
          TrustReason.NO_EXPECTED_CID,
          table,
          expected,
          network,
          belongsTo,
          network
              + " publishes no initial power-table CID (its manifest leaves it unset:"
              + " nodes compute the table from chain state or take F3_INITIAL_POWERTABLE_CID),"
              + " so nothing proves this table.");
    }
    return new Trust(
        TrustReason.NOT_INITIAL_TABLE,
        table,
        expected,
        network,
        belongsTo,
        "It is presented as the committee of "
            + network
            + "'s initial instance "
            + Long.toUnsignedString(instance)
            + ", but its CID is not "
            + network
            + "'s initial power-table CID "
            + expected.get()
            + ".");
  }

  /**
   * The trust of a table compared with a CID the person gave ({@code --cid}, an {@code
   * F3_INITIAL_POWERTABLE_CID} value): verified when they are equal, else a mismatch.
   *
   * @param table the table's CID
   * @param given the CID given
   * @param from where the CID comes from, for the sentence ("the CID given with --cid")
   */
  public static Trust givenCid(Cid table, Cid given, String from) {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(given, "given");
    Objects.requireNonNull(from, "from");
    Optional<String> belongsTo =
        NetworkProfiles.builtIn().byInitialPowerTableCid(table.toString()).map(NetworkProfile::key);
    if (table.equals(given)) {
      return new Trust(
          TrustReason.GIVEN_CID_MATCHES,
          table,
          Optional.of(given),
          "given CID",
          belongsTo,
          "Its CID equals " + from + ".");
    }
    return new Trust(
        TrustReason.DIFFERS_FROM_GIVEN_CID,
        table,
        Optional.of(given),
        "given CID",
        belongsTo,
        "Its CID differs from "
            + from
            + (belongsTo.map(key -> "; it is the initial power table of " + key).orElse(""))
            + ".");
  }

  /** The known network, other than the selected one, whose initial table this is. */
  private Optional<NetworkProfile> otherOwner(Cid table) {
    return known
        .byInitialPowerTableCid(table.toString())
        .filter(owner -> selection.profile().map(p -> !p.key().equals(owner.key())).orElse(true));
  }

  private String describeSelected() {
    return selection
        .profile()
        .map(p -> p.key() + " (F3 network " + p.f3NetworkName() + ")")
        .orElse("the F3 network \"" + selection.f3NetworkName() + "\"");
  }

  private static String describe(NetworkProfile profile) {
    return profile.key() + " (F3 network " + profile.f3NetworkName() + ")";
  }

  private static Cid parse(String cid) {
    try {
      return Cid.fromString(cid);
    } catch (F3Exception e) {
      throw new IllegalStateException("a network profile holds a malformed CID " + cid, e);
    }
  }
}
