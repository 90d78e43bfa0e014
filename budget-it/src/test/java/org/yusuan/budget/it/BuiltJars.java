package org.yusuan.budget.it;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * The paths the build hands to this module's tests (maven-dependency-plugin, see the pom): the run-time
 * dependencies of a user's application and the test class path of a user's tests.
 */
final class BuiltJars {
  private BuiltJars() {}

  /** The yusuan jars and what they need at run time: the module path of a user's application. */
  static List<Path> runtime() {
    List<Path> path = read("yusuan.it.runtimePath");
    assumeTrue(path.stream().allMatch(p -> p.toString().endsWith(".jar")),
        "the yusuan modules are not packaged yet (run mvn verify, not mvn test): " + path);
    return path;
  }

  /** The test class path: the yusuan jars, the testkit, jqwik, JUnit, AssertJ. */
  static List<Path> test() {
    return read("yusuan.it.testPath");
  }

  static String join(List<Path> path) {
    return String.join(File.pathSeparator, path.stream().map(Path::toString).toList());
  }

  private static List<Path> read(String property) {
    String value = System.getProperty(property, "");
    if (value.isBlank() || value.startsWith("${")) {
      throw new IllegalStateException(property + " is not set: run the tests through Maven");
    }
    return Arrays.stream(value.split(File.pathSeparator)).map(Path::of).toList();
  }
}
