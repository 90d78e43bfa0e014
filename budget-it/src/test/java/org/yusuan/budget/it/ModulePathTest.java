package org.yusuan.budget.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yusuan.budget.catalog.Editions;
import org.yusuan.budget.disclosure.Disclosure;
import org.yusuan.budget.disclosure.DisclosureReader;
import org.yusuan.budget.validation.Severity;
import org.yusuan.budget.validation.ValidationReport;
import org.yusuan.budget.validation.rules.Validators;

/**
 * The published jars work on the module path: a small application module
 * ({@code src/it/modulepath-app}) that requires the yusuan modules by their Automatic-Module-Name,
 * compiled with {@code --module-path} and run with {@code java --module-path … --module …}, reads seed
 * 003, validates it, and writes and reads its JSON (Jackson reflection into the model's packages) —
 * with the same counts as on the class path.
 */
class ModulePathTest {
  private static final Path SEED = Path.of("../examples/seed-003.txt");
  private static final Path APP = Path.of("src/it/modulepath-app");

  @Test
  void aModuleReadsValidatesAndWritesASeed(@TempDir Path out) throws Exception {
    List<Path> modulePath = BuiltJars.runtime();
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    List<String> args = new ArrayList<>(List.of("-d", out.toString(), "--module-path",
        BuiltJars.join(modulePath), "-Xlint:-options"));
    try (Stream<Path> files = Files.walk(APP)) {
      files.filter(p -> p.toString().endsWith(".java")).map(Path::toString).forEach(args::add);
    }
    assertThat(javac.run(null, null, null, args.toArray(String[]::new))).as("javac").isZero();

    List<Path> runPath = new ArrayList<>(modulePath);
    runPath.add(0, out);
    Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "--module-path", BuiltJars.join(runPath),
        "--module", "org.yusuan.budget.it.app/org.yusuan.budget.it.app.Main", SEED.toString())
        .redirectErrorStream(true).start();
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("finished").isTrue();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();

    assertThat(output).as("output of the module (exit %d)", p.exitValue()).isEqualTo(onTheClassPath());
    assertThat(p.exitValue()).isZero();
  }

  @Test
  void everyYusuanJarNamesItsModuleAndVersion() throws IOException {
    for (Path jar : BuiltJars.runtime()) {
      if (!jar.getFileName().toString().startsWith("budget-")) {
        continue;
      }
      try (java.util.jar.JarFile f = new java.util.jar.JarFile(jar.toFile())) {
        java.util.jar.Attributes a = f.getManifest().getMainAttributes();
        assertThat(a.getValue("Automatic-Module-Name")).as(jar.toString()).startsWith("org.yusuan.budget.");
        assertThat(a.getValue("Implementation-Version")).as(jar.toString()).isNotBlank();
        assertThat(a.getValue("Implementation-Title")).as(jar.toString()).startsWith("yusuan budget");
      }
    }
  }

  /** What the application prints, computed here on the class path. */
  private static String onTheClassPath() throws IOException {
    Disclosure d = DisclosureReader.read(SEED);
    ValidationReport report =
        Validators.standard(Editions.embedded(d.budget().budgetYear())).validate(d.budget());
    return d.budget().budgetYear() + " " + report.findings(Severity.ERROR).size() + " "
        + report.findings(Severity.WARNING).size() + " " + report.findings(Severity.INFO).size()
        + " true";
  }
}
