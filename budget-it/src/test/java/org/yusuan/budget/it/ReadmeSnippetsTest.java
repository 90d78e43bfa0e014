package org.yusuan.budget.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.jar.JarFile;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every {@code ```java} block of README.md compiles against the published jars (and the testkit, as a
 * user's tests have it), so the snippets cannot rot. A block becomes the body of a method — or, when
 * it declares methods ({@code @Property …}), the members of a class; its own {@code import} lines are
 * its only yusuan imports, and a block without any gets every yusuan package. The variables a snippet
 * takes as given ({@code budget}, {@code path} …) are declared in {@link #GIVEN}; nothing is run.
 */
class ReadmeSnippetsTest {
  private static final Path README = Path.of("../README.md");

  /** What the README's snippets take as given, declared as fields of every snippet's class. */
  private static final String GIVEN = """
        org.yusuan.budget.document.DepartmentBudget budget;
        java.nio.file.Path path;
        java.nio.file.Path myTemplate;
        org.yusuan.budget.catalog.Edition y2025;
        org.yusuan.budget.validation.ValidationReport otherReport;
        org.yusuan.budget.validation.Validator<org.yusuan.budget.document.DepartmentBudget> myChecks;
      """;

  @Test
  void everyJavaBlockCompiles(@TempDir Path out) throws IOException {
    List<Snippet> snippets = snippets(Files.readAllLines(README, StandardCharsets.UTF_8));
    assertThat(snippets).hasSizeGreaterThan(10);
    List<Path> classPath = BuiltJars.test();
    String everyPackage = String.join("", packages(classPath).stream()
        .map(p -> "import " + p + ".*;\n").toList());

    Path src = out.resolve("src");
    List<Path> files = new ArrayList<>();
    for (Snippet s : snippets) {
      Path file = src.resolve("readme/" + s.className() + ".java");
      Files.createDirectories(file.getParent());
      Files.writeString(file, s.source(everyPackage), StandardCharsets.UTF_8);
      files.add(file);
    }
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager fm = javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
      List<String> options = List.of("-d", out.resolve("classes").toString(), "-classpath",
          BuiltJars.join(classPath), "-proc:none", "-encoding", "UTF-8");
      javac.getTask(new StringWriter(), fm, diagnostics, options, null,
          fm.getJavaFileObjectsFromPaths(files)).call();
    }
    List<String> errors = new ArrayList<>();
    for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
      if (d.getKind() == Diagnostic.Kind.ERROR) {
        Path file = Path.of(d.getSource().toUri());
        Snippet s = snippets.get(Integer.parseInt(file.getFileName().toString().replaceAll("\\D", "")));
        errors.add("README.md block at line " + s.line() + ": " + d.getMessage(Locale.ROOT)
            + "\n    " + Files.readAllLines(file).get((int) d.getLineNumber() - 1).strip());
      }
    }
    assertThat(errors).as("README snippets that do not compile").isEmpty();
  }

  /** The {@code ```java} blocks, in order. */
  static List<Snippet> snippets(List<String> readme) {
    List<Snippet> blocks = new ArrayList<>();
    for (int i = 0; i < readme.size(); i++) {
      if (readme.get(i).strip().equals("```java")) {
        int start = i + 1;
        int end = start;
        while (!readme.get(end).strip().equals("```")) {
          end++;
        }
        blocks.add(new Snippet(blocks.size(), start + 1, readme.subList(start, end)));
        i = end;
      }
    }
    return blocks;
  }

  /** The packages of the yusuan jars (not the test jars) on the class path. */
  private static TreeSet<String> packages(List<Path> classPath) throws IOException {
    TreeSet<String> packages = new TreeSet<>();
    for (Path jar : classPath) {
      String name = jar.getFileName().toString();
      if (!name.startsWith("budget-") || name.endsWith("-tests.jar") || !name.endsWith(".jar")) {
        continue;
      }
      try (JarFile f = new JarFile(jar.toFile())) {
        f.stream().map(e -> e.getName())
            .filter(n -> n.endsWith(".class") && !n.contains("$") && !n.endsWith("package-info.class"))
            .map(n -> n.substring(0, n.lastIndexOf('/')).replace('/', '.'))
            .forEach(packages::add);
      }
    }
    return packages;
  }

  /** One block: its index, its first line in the README, its lines. */
  record Snippet(int index, int line, List<String> lines) {
    String className() {
      return "Snippet" + index;
    }

    String source(String everyPackage) {
      List<String> imports = lines.stream().filter(l -> l.startsWith("import ")).toList();
      List<String> body = lines.stream().filter(l -> !l.startsWith("import ")).toList();
      boolean members = body.stream().anyMatch(l -> l.startsWith("@Property") || l.startsWith("@Provide"));
      StringBuilder s = new StringBuilder("package readme;\n\n");
      s.append("import java.io.*;\nimport java.math.*;\nimport java.nio.file.*;\nimport java.util.*;\n");
      s.append("import net.jqwik.api.*;\n");
      s.append(imports.isEmpty() ? everyPackage : String.join("\n", imports) + "\n");
      s.append("\n@SuppressWarnings(\"all\")\nclass ").append(className()).append(" {\n").append(GIVEN);
      if (members) {
        body.forEach(l -> s.append("  ").append(l).append('\n'));
      } else {
        s.append("  void run() throws Exception {\n");
        body.forEach(l -> s.append("    ").append(l).append('\n'));
        s.append("  }\n");
      }
      return s.append("}\n").toString();
    }
  }
}
