package io.f3console.core.bootstrap;

import io.f3console.core.F3Exception;
import io.f3console.core.certs.FinalityCertificate;
import io.f3console.core.cid.Cid;
import io.f3console.core.gpbft.PowerTable;
import io.f3console.core.network.NetworkSelection;
import io.f3console.core.source.DataSource;
import io.f3console.core.source.InstanceRange;
import io.f3console.core.source.SourceException;
import io.f3console.core.source.SourcedTable;
import io.f3console.core.validation.CertificateStream;
import io.f3console.core.validation.CertificateValidator;
import io.f3console.core.validation.ValidationListener;
import io.f3console.core.validation.ValidationResult;
import io.f3console.core.validation.ValidatorOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Starts validating a certificate chain late, from a power table the operator already trusts (for
 * example one fetched from their own node), instead of from the network's initial table.
 *
 * <p>The committee of instance {@code i + 1} is the table whose CID certificate {@code i} carries
 * in its supplemental data. So the earliest instance whose committee is the trusted table is found
 * by reading certificates in order: the first one that commits to the trusted CID means the start
 * is the instance after it; a known committee (the initial table, or the source's own table for its
 * first certificate) with the trusted CID means the start is that instance itself. Nothing read
 * before the start is trusted or kept: only the table the operator trusts decides which signatures
 * are valid from the start on. Certificates are read once, in one pass, so a chain of millions is
 * searched and validated without holding it in memory.
 */
public final class LateStart {
  /** Progress of a late start, on the calling thread. */
  public interface Listener extends ValidationListener {
    Listener NONE = new Listener() {};

    /** A certificate was read while searching for the start. */
    default void searched(long instance) {}

    /** The start was found; validation begins at {@code instance}. */
    default void started(LateStartMethod method, long instance) {}
  }

  private final CertificateValidator validator;

  /**
   * The committees a late start knows without reading certificates, for the network chosen: the
   * profile's published initial power table at its initial instance, when it publishes one. The one
   * place both front ends take them from; a source's own tables are added by {@link
   * #run(PowerTable, DataSource, List, Listener)}.
   */
  public static List<LateStartKnownCommittee> knownCommittees(NetworkSelection network) {
    Objects.requireNonNull(network, "network");
    List<LateStartKnownCommittee> known = new ArrayList<>();
    network
        .profile()
        .ifPresent(
            profile ->
                profile
                    .initialPowerTableCid()
                    .ifPresent(
                        cid -> {
                          try {
                            known.add(
                                new LateStartKnownCommittee(
                                    profile.initialInstance(),
                                    Cid.fromString(cid),
                                    LateStartMethod.INITIAL_TABLE));
                          } catch (F3Exception e) {
                            throw new IllegalStateException(
                                "profile CID " + cid + " does not parse", e);
                          }
                        }));
    return List.copyOf(known);
  }

  /**
   * @param networkName the F3 network name signatures are bound to (e.g. {@code filecoin})
   */
  public LateStart(String networkName, ValidatorOptions options) {
    this.validator = new CertificateValidator(networkName, options);
  }

  /**
   * Searches a source's certificates, from its first to its latest, for the start and validates
   * from there. When the source holds power tables, its initial table and its committee of its
   * first certificate count as known committees too.
   *
   * @param known further committees known without reading certificates (e.g. the network profile's
   *     initial table at instance 0)
   * @throws F3Exception if the source holds no certificates or fails to deliver one
   */
  public LateStartResult run(
      PowerTable trusted, DataSource source, List<LateStartKnownCommittee> known, Listener listener)
      throws F3Exception, InterruptedException {
    if (!source.hasCertificates()) {
      throw new SourceException(source.spec() + " holds no certificates");
    }
    InstanceRange range = source.certificateRange();
    List<LateStartKnownCommittee> committees = new ArrayList<>(known);
    if (source.hasPowerTables()) {
      SourcedTable initial = source.initialPowerTable();
      committees.add(
          new LateStartKnownCommittee(
              initial.instance(), initial.table().cid(), LateStartMethod.INITIAL_TABLE));
      if (initial.instance() != range.first()) {
        SourcedTable first = source.powerTable(range.first());
        committees.add(
            new LateStartKnownCommittee(
                first.instance(), first.table().cid(), LateStartMethod.SOURCE_TABLE));
      }
    }
    return run(trusted, source.certificates(range.first(), range.latest()), committees, listener);
  }

  /**
   * Searches certificates in the order given for the start and validates the rest of the same
   * stream from there.
   *
   * @param known committees known without reading certificates
   * @throws F3Exception if the stream fails to deliver a certificate, or the BLS library is not
   *     usable; a certificate that fails validation is a result, not an exception
   * @throws InterruptedException if the calling thread is interrupted (the way to cancel)
   */
  public LateStartResult run(
      PowerTable trusted,
      CertificateStream certificates,
      List<LateStartKnownCommittee> known,
      Listener listener)
      throws F3Exception, InterruptedException {
    Objects.requireNonNull(listener, "listener");
    Cid trustedCid = trusted.cid();
    List<LateStartKnownCommittee> matching =
        known.stream().filter(committee -> committee.tableCid().equals(trustedCid)).toList();
    ReadRange read = new ReadRange(certificates);
    while (true) {
      if (Thread.interrupted()) {
        throw new InterruptedException("late start cancelled");
      }
      Optional<FinalityCertificate> next = read.next();
      if (next.isEmpty()) {
        long after = read.range().map(range -> range.latest() + 1).orElse(0L);
        return new LateStartResult(
            trustedCid,
            LateStartMethod.NOT_FOUND,
            after,
            after,
            0,
            trustedCid,
            Optional.empty(),
            read.range());
      }
      FinalityCertificate certificate = next.get();
      listener.searched(certificate.instance());
      Optional<LateStartKnownCommittee> here =
          matching.stream()
              .filter(committee -> committee.instance() == certificate.instance())
              .findFirst();
      if (here.isPresent()) {
        read.pushBack(certificate);
        return validate(trusted, certificate.instance(), here.get().method(), read, listener);
      }
      boolean commits =
          certificate.supplementalData().powerTable().filter(trustedCid::equals).isPresent();
      if (commits) {
        return validate(
            trusted,
            certificate.instance() + 1,
            LateStartMethod.COMMITTED_BY_CERTIFICATE,
            read,
            listener);
      }
    }
  }

  private LateStartResult validate(
      PowerTable trusted, long start, LateStartMethod method, ReadRange read, Listener listener)
      throws F3Exception, InterruptedException {
    listener.started(method, start);
    ValidationResult result = validator.validate(trusted, start, Optional.empty(), read, listener);
    return new LateStartResult(
        trusted.cid(),
        method,
        start,
        result.nextInstance(),
        result.validated(),
        result.powerTable().cid(),
        result.failure(),
        read.range());
  }

  /**
   * A stream that remembers the instances of the first and last certificates it has handed out, and
   * can hand one back out again.
   */
  private static final class ReadRange implements CertificateStream {
    private final CertificateStream source;
    private FinalityCertificate pushedBack;
    private boolean any;
    private long first;
    private long last;

    ReadRange(CertificateStream source) {
      this.source = Objects.requireNonNull(source, "certificates");
    }

    @Override
    public Optional<FinalityCertificate> next() throws F3Exception {
      if (pushedBack != null) {
        FinalityCertificate again = pushedBack;
        pushedBack = null;
        return Optional.of(again);
      }
      Optional<FinalityCertificate> next = source.next();
      next.ifPresent(
          certificate -> {
            if (!any) {
              any = true;
              first = certificate.instance();
            }
            last = certificate.instance();
          });
      return next;
    }

    void pushBack(FinalityCertificate certificate) {
      pushedBack = certificate;
    }

    Optional<InstanceRange> range() {
      if (!any) {
        return Optional.empty();
      }
      return Optional.of(
          Long.compareUnsigned(first, last) <= 0
              ? new InstanceRange(first, last)
              : new InstanceRange(last, first));
    }
  }
}
