package fr.reseau.ecoles.deployment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Reads the designers' folders {@code processes/} and {@code forms/} under stable relative names
 * ({@code processes/cdi-tour.bpmn}), from a directory on disk when there is one (Modeler edits are
 * deployed at the next start) or else from the classpath (the executable jar). Both give the same
 * names and bytes, so a run from another folder or from the jar deploys nothing new.
 */
public final class DeploymentResources {

  static final String PROCESSES = "processes";
  static final String FORMS = "forms";

  private DeploymentResources() {}

  /**
   * The process of the academic working groups and its forms ({@code processes/production-*.bpmn},
   * {@code forms/production-*.form}): deployed for the academic groups' tenants only, never for a
   * network (docs/academic-groups.md).
   */
  public static boolean isAcademic(String name) {
    return name.startsWith(PROCESSES + "/production-") || name.startsWith(FORMS + "/production-");
  }

  static boolean isDeployable(String name) {
    return (name.startsWith(PROCESSES + "/") && (name.endsWith(".bpmn") || name.endsWith(".dmn")))
        || (name.startsWith(FORMS + "/") && name.endsWith(".form"));
  }

  /** From {@code baseDirectory} if it holds a processes folder, else from the classpath. */
  public static SortedMap<String, byte[]> load(Path baseDirectory) {
    if (baseDirectory != null && Files.isDirectory(baseDirectory.resolve(PROCESSES))) {
      return fromDirectory(baseDirectory);
    }
    return fromClasspath();
  }

  static SortedMap<String, byte[]> fromDirectory(Path base) {
    SortedMap<String, byte[]> resources = new TreeMap<>();
    for (String folder : new String[] {PROCESSES, FORMS}) {
      Path root = base.resolve(folder);
      if (!Files.isDirectory(root)) {
        continue;
      }
      try (Stream<Path> files = Files.walk(root)) {
        for (Path file : files.filter(Files::isRegularFile).toList()) {
          String name = base.relativize(file).toString().replace('\\', '/');
          if (isDeployable(name)) {
            resources.put(name, Files.readAllBytes(file));
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot read " + root, e);
      }
    }
    return resources;
  }

  static SortedMap<String, byte[]> fromClasspath() {
    PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
    SortedMap<String, byte[]> resources = new TreeMap<>();
    try {
      for (String folder : new String[] {PROCESSES, FORMS}) {
        Resource root = resolver.getResource("classpath:" + folder + "/");
        if (!root.exists()) {
          continue;
        }
        String rootUrl = root.getURL().toString();
        for (Resource resource : resolver.getResources("classpath*:" + folder + "/**/*")) {
          String url = resource.getURL().toString();
          if (!resource.isReadable() || !url.startsWith(rootUrl)) {
            continue;
          }
          String name = folder + "/" + url.substring(rootUrl.length());
          if (isDeployable(name)) {
            try (var in = resource.getInputStream()) {
              resources.put(name, in.readAllBytes());
            }
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the processes and forms from the classpath", e);
    }
    return resources;
  }

  static Map<String, byte[]> only(Map<String, byte[]> resources, String folder) {
    Map<String, byte[]> result = new TreeMap<>();
    resources.forEach(
        (name, bytes) -> {
          if (name.startsWith(folder + "/")) {
            result.put(name, bytes);
          }
        });
    return result;
  }
}
