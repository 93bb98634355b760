package io.f3console.app.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.f3console.core.cid.Cid;
import io.f3console.core.snapshot.CarHeader;
import io.f3console.core.snapshot.CarSnapshot;
import io.f3console.core.snapshot.F3SnapshotHeader;
import io.f3console.core.snapshot.ImportCheckResult;
import java.util.List;

/** The JSON form of snapshot headers, CAR layouts and import checks. */
final class SnapshotJson {
  private SnapshotJson() {}

  static ObjectNode header(F3SnapshotHeader header) {
    ObjectNode node = JsonOutput.object();
    node.put("version", header.version());
    node.put("firstInstance", header.firstInstance());
    node.put("latestInstance", header.latestInstance());
    node.put("declaredCertificates", header.declaredCertificates());
    node.put("initialPowerTableEntries", header.initialPowerTable().size());
    node.put("initialPowerTableCid", header.initialPowerTableCid().toString());
    return node;
  }

  static ObjectNode car(CarSnapshot car) {
    ObjectNode node = JsonOutput.object();
    CarHeader header = car.header();
    node.put("carVersion", header.version());
    node.set("roots", cids(header.roots()));
    header
        .v2()
        .ifPresent(
            v2 ->
                node.putObject("v2")
                    .put("characteristics", v2.characteristics())
                    .put("dataOffset", v2.dataOffset())
                    .put("dataSize", v2.dataSize())
                    .put("indexOffset", v2.indexOffset()));
    car.metadata()
        .ifPresent(
            metadata -> {
              ObjectNode item = node.putObject("metadata");
              item.put("version", metadata.version());
              item.set("headTipsetKey", cids(metadata.headTipsetKey()));
              item.put("f3Data", metadata.f3Data().map(Cid::toString).orElse(null));
            });
    node.put("f3Data", car.f3DataStatus().name());
    node.put("f3DataDetail", car.f3DataDetail());
    car.f3DataSection()
        .ifPresent(
            section ->
                node.putObject("f3DataBlock")
                    .put("cid", section.cid().toString())
                    .put("offset", section.dataOffset())
                    .put("length", section.dataLength()));
    return node;
  }

  static ObjectNode importCheck(ImportCheckResult result) {
    ObjectNode node = JsonOutput.object();
    node.put("passed", result.passed());
    node.put("problem", result.problem().map(Enum::name).orElse(null));
    node.put("message", result.passed() ? null : result.message());
    result.problem().ifPresent(problem -> node.put("meaning", problem.meaning()));
    node.set("details", ValidationJson.details(result.details()));
    node.put("certificates", result.certificates());
    node.put("lastInstance", result.lastInstance().orElse(null));
    node.put("finalPowerTableCid", result.finalPowerTableCid().map(Cid::toString).orElse(null));
    node.put("powerTableChecks", result.powerTableChecks());
    return node;
  }

  static ArrayNode cids(List<Cid> cids) {
    ArrayNode array = JsonOutput.object().arrayNode();
    cids.forEach(cid -> array.add(cid.toString()));
    return array;
  }
}
