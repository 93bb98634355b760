package io.f3console.app.cli;

import io.f3console.core.cid.Cid;
import io.f3console.core.snapshot.CarHeader;
import io.f3console.core.snapshot.CarSnapshot;
import io.f3console.core.snapshot.F3SnapshotHeader;
import io.f3console.core.snapshot.ImportCheckResult;
import java.util.List;
import java.util.Optional;

/** The JSON form of snapshot headers, CAR layouts and import checks. */
final class SnapshotJson {
  /** Detail names that hold an instance, epoch or height, printed as unsigned numbers. */
  private SnapshotJson() {}

  static JsonFields header(F3SnapshotHeader header) {
    return JsonFields.object()
        .uint64("version", header.version())
        .uint64("firstInstance", header.firstInstance())
        .uint64("latestInstance", header.latestInstance())
        .number("declaredCertificates", header.declaredCertificates())
        .number("initialPowerTableEntries", header.initialPowerTable().size())
        .cid("initialPowerTableCid", header.initialPowerTableCid());
  }

  static JsonFields car(CarSnapshot car) {
    CarHeader header = car.header();
    return JsonFields.object()
        .number("carVersion", header.version())
        .strings("roots", strings(header.roots()))
        .object(
            "v2",
            header
                .v2()
                .map(
                    v2 ->
                        JsonFields.object()
                            .text("characteristics", v2.characteristics())
                            .number("dataOffset", v2.dataOffset())
                            .number("dataSize", v2.dataSize())
                            .number("indexOffset", v2.indexOffset())))
        .object(
            "metadata",
            car.metadata()
                .map(
                    metadata ->
                        JsonFields.object()
                            .uint64("version", metadata.version())
                            .strings("headTipsetKey", strings(metadata.headTipsetKey()))
                            .cid("f3Data", metadata.f3Data())))
        .text("f3Data", car.f3DataStatus().name())
        .text("f3DataDetail", car.f3DataDetail())
        .object(
            "f3DataBlock",
            car.f3DataSection()
                .map(
                    section ->
                        JsonFields.object()
                            .cid("cid", section.cid())
                            .number("offset", section.dataOffset())
                            .number("length", section.dataLength())));
  }

  static JsonFields importCheck(ImportCheckResult result) {
    return JsonFields.object()
        .bool("passed", result.passed())
        .text("problem", result.problem().map(Enum::name))
        .text("message", result.passed() ? Optional.empty() : Optional.of(result.message()))
        .text("meaning", result.problem().map(problem -> problem.meaning()))
        .object("details", JsonFields.details(result.details()))
        .number("certificates", result.certificates())
        .uint64("lastInstance", result.lastInstance())
        .cid("finalPowerTableCid", result.finalPowerTableCid())
        .number("powerTableChecks", result.powerTableChecks());
  }

  static List<String> strings(List<Cid> cids) {
    return cids.stream().map(Cid::toString).toList();
  }
}
