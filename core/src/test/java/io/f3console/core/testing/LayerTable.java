package io.f3console.core.testing;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.lang.syntax.ArchRuleDefinition;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The layer table of one module, read from {@code docs/architecture.md}, where it is written for
 * people: under the comment {@code <!-- layers of BASE, top first -->}, one Markdown row per layer,
 * {@code | number | `package`, `package` | what it adds |}, the base package itself written {@code
 * (root)}. The document is the rule: {@link #rule()} checks every class of the module against it,
 * so the table cannot fall behind the code.
 */
public final class LayerTable {
  private static final Pattern ROW = Pattern.compile("^\\|\\s*(\\d+)\\s*\\|([^|]*)\\|");
  private static final Pattern NAME = Pattern.compile("`([^`]+)`");
  private static final String ROOT = "(root)";

  private final String base;
  private final Map<String, Integer> layers;

  private LayerTable(String base, Map<String, Integer> layers) {
    this.base = base;
    this.layers = Collections.unmodifiableMap(layers);
  }

  /** The architecture document, found from a module's directory (tests run there). */
  public static Path document() {
    Path doc = Path.of("..", "docs", "architecture.md");
    if (!Files.isRegularFile(doc)) {
      throw new IllegalStateException(
          "docs/architecture.md not found from " + Path.of("").toAbsolutePath().getFileName());
    }
    return doc;
  }

  /** The table for {@code base} (e.g. {@code io.f3console.core}) in {@code markdown}. */
  public static LayerTable read(Path markdown, String base) {
    List<String> lines;
    try {
      lines = Files.readAllLines(markdown);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String marker = "<!-- layers of " + base + ", top first -->";
    int start = lines.indexOf(marker);
    if (start < 0) {
      throw new IllegalStateException(markdown + " has no line " + marker);
    }
    Map<String, Integer> layers = new LinkedHashMap<>();
    for (int i = start + 1; i < lines.size() && !lines.get(i).isBlank(); i++) {
      Matcher row = ROW.matcher(lines.get(i));
      if (!row.find()) {
        continue;
      }
      int layer = Integer.parseInt(row.group(1));
      Matcher name = NAME.matcher(row.group(2));
      while (name.find()) {
        String pkg = name.group(1).equals(ROOT) ? base : base + "." + name.group(1);
        Integer before = layers.put(pkg, layer);
        if (before != null) {
          throw new IllegalStateException(pkg + " is in layers " + before + " and " + layer);
        }
      }
    }
    if (layers.isEmpty()) {
      throw new IllegalStateException("no layer rows after " + marker + " in " + markdown);
    }
    return new LayerTable(base, layers);
  }

  /** The layer of a package, if the table names it. */
  public Optional<Integer> layerOf(String pkg) {
    return Optional.ofNullable(layers.get(pkg));
  }

  /** Every package the table names, with its layer. */
  public Map<String, Integer> layers() {
    return layers;
  }

  /**
   * Every class of the base package and below is in a package the table names, and uses only its
   * own package and packages of lower layers.
   */
  public ArchRule rule() {
    return ArchRuleDefinition.classes()
        .that()
        .resideInAPackage(base + "..")
        .should(useOnlyLowerLayers())
        .because("docs/architecture.md orders the packages of " + base + " in layers");
  }

  private ArchCondition<JavaClass> useOnlyLowerLayers() {
    return new ArchCondition<>("use only their own package and packages of lower layers") {
      @Override
      public void check(JavaClass type, ConditionEvents events) {
        String from = type.getPackageName();
        Integer fromLayer = layers.get(from);
        if (fromLayer == null) {
          events.add(
              SimpleConditionEvent.violated(
                  type,
                  from + " (of " + type.getName() + ") is in no layer of docs/architecture.md"));
          return;
        }
        for (Dependency dependency : type.getDirectDependenciesFromSelf()) {
          String to = dependency.getTargetClass().getBaseComponentType().getPackageName();
          if (to.equals(from) || !(to.equals(base) || to.startsWith(base + "."))) {
            continue;
          }
          Integer toLayer = layers.get(to);
          if (toLayer == null || toLayer >= fromLayer) {
            events.add(
                SimpleConditionEvent.violated(
                    dependency,
                    from
                        + " (layer "
                        + fromLayer
                        + ") uses "
                        + to
                        + " ("
                        + (toLayer == null ? "in no layer" : "layer " + toLayer)
                        + "): "
                        + dependency.getDescription()));
          }
        }
      }
    };
  }
}
