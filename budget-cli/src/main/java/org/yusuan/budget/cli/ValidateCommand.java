package org.yusuan.budget.cli;

import org.yusuan.budget.template.TableProfile;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yusuan.budget.catalog.Edition;
import org.yusuan.budget.catalog.Editions;
import org.yusuan.budget.disclosure.Disclosure;
import org.yusuan.budget.disclosure.ReadIssue;
import org.yusuan.budget.disclosure.ReadReport;
import org.yusuan.budget.json.BudgetJson;
import org.yusuan.budget.document.DepartmentBudget;
import org.yusuan.budget.table.TableId;
import org.yusuan.budget.table.TablePresence;
import org.yusuan.budget.validation.Acknowledgements;
import org.yusuan.budget.validation.Finding;
import org.yusuan.budget.validation.JsonReport;
import org.yusuan.budget.validation.TextReport;
import org.yusuan.budget.validation.ValidationOptions;
import org.yusuan.budget.validation.ValidationReport;
import org.yusuan.budget.validation.rules.Validators;

/**
 * {@code budget validate FILE… [--format text|json] [--lang zh|en] [--catalog FILE] [--acknowledge
 * FILE] [--read-issues none|warnings|all] [--budget BUDGET]}: reads each file, validates it with the standard rules and
 * the catalog of its year, and prints the report: the reader's account (with the counts of its
 * warnings and notes, listed on request) and the findings. A file that cannot be read is reported on stderr and the others go on. With {@code --budget}, the one FILE is a
 * 决算 and the pairing rules (JB) check it against the 预算 BUDGET too ({@link Pairing}).
 */
final class ValidateCommand {
  private static final ObjectMapper JSON = BudgetJson.mapper();
  private final PrintStream out;
  private final PrintStream err;
  private final Map<Integer, Edition> catalogs = new HashMap<>();

  ValidateCommand(PrintStream out, PrintStream err) {
    this.out = out;
    this.err = err;
  }

  int run(List<String> args) throws UsageException {
    Arguments a = Arguments.parse(args,
        Set.of("--format", "--lang", "--catalog", "--acknowledge", "--read-issues", "--template", "--budget"), Map.of());
    List<String> files = a.operands();
    if (files.isEmpty()) {
      throw new UsageException("validate needs at least one FILE");
    }
    boolean json = a.choice("--format", "text", "text", "json").equals("json");
    Locale locale = BudgetCli.locale(a.choice("--lang", "zh", "zh", "en"));
    Optional<Path> catalogFile = a.option("--catalog").map(Path::of);
    Optional<TableProfile> template = Inputs.template(a.option("--template"));
    String readIssues = a.choice("--read-issues", "none", "none", "warnings", "all");
    // The least level of the reader's issues to list (INFO: all); empty: counts only.
    Optional<ReadIssue.Level> listed = readIssues.equals("none") ? Optional.empty()
        : Optional.of(readIssues.equals("warnings") ? ReadIssue.Level.WARNING : ReadIssue.Level.INFO);
    Acknowledgements acknowledgements = a.option("--acknowledge").isPresent()
        ? Inputs.acknowledgements(Path.of(a.option("--acknowledge").get()))
        : Acknowledgements.none();
    // --budget BUDGET: FILE is a 决算, checked against this 预算 as well (the pairing rules, JB).
    Optional<Pairing> pairing = Optional.empty();
    if (a.option("--budget").isPresent()) {
      if (files.size() != 1) {
        throw new UsageException("validate --budget takes one FILE, the 决算 checked against the 预算; "
            + files.size() + " given");
      }
      pairing = Optional.of(Pairing.read(a.option("--budget").get()));
    }
    int exit = BudgetCli.OK;
    ArrayNode reports = JSON.createArrayNode();
    for (int i = 0; i < files.size(); i++) {
      String file = files.get(i);
      if (files.size() > 1) {
        err.println("[" + (i + 1) + "/" + files.size() + "] " + file);
      }
      try {
        Disclosure d = Inputs.read(Path.of(file), template, Optional.empty());
        int year = d.budget().budgetYear();
        Edition edition = catalog(catalogFile, year);
        if (catalogFile.isPresent()) {
          d = Inputs.read(Path.of(file), template, Optional.of(edition)); // names from the user's catalog
        }
        if (pairing.isPresent()) {
          Pairing.requireFinalAccounts(file, d.budget());
        }
        ValidationOptions options = ValidationOptions.builder().acknowledgements(acknowledgements).subject(file).build();
        ValidationReport report = Validators.standard(edition).validate(d.budget(), options);
        Optional<ValidationReport> paired = pairing.isPresent()
            ? Optional.of(pairing.get().check(d, options)) : Optional.empty();
        if (report.hasUnacknowledgedErrors() || paired.isPresent() && paired.get().hasUnacknowledgedErrors()) {
          exit = Math.max(exit, BudgetCli.ERRORS_FOUND);
        }
        if (json) {
          ObjectNode n = jsonReport(file, d, edition, report, locale, listed);
          if (paired.isPresent()) {
            n.set("pairing", pairing.get().json(file, d, paired.get(), locale));
          }
          reports.add(n);
        } else {
          out.print(textReport(file, d, edition, report, locale, listed));
          if (paired.isPresent()) {
            out.print(pairing.get().text(file, d, paired.get(), locale));
          }
        }
      } catch (UsageException e) {
        err.println("budget: " + e.getMessage());
        exit = BudgetCli.USAGE;
      }
    }
    if (json) {
      try {
        out.println(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(reports));
      } catch (JsonProcessingException e) {
        throw new IllegalStateException("a JSON tree always writes", e);
      }
    }
    return exit;
  }

  private Edition catalog(Optional<Path> file, int year) throws UsageException {
    Edition e = catalogs.get(year);
    if (e == null) {
      e = file.isPresent() ? Catalogs.load(file.get(), year) : Editions.nearestEmbedded(year);
      catalogs.put(year, e);
    }
    return e;
  }

  private static long count(ReadReport r, ReadIssue.Level level) {
    return r.issues().stream().filter(i -> i.level() == level).count();
  }

  /** The reader's issues of at least {@code level} ({@code --read-issues}), in line order. */
  private static List<ReadIssue> listed(ReadReport r, Optional<ReadIssue.Level> level) {
    if (level.isEmpty()) {
      return List.of();
    }
    List<ReadIssue> out = new java.util.ArrayList<>();
    for (ReadIssue i : r.issues()) {
      if (level.get() == ReadIssue.Level.INFO || i.level() == ReadIssue.Level.WARNING) {
        out.add(i);
      }
    }
    out.sort(java.util.Comparator.comparingInt(ReadIssue::line));
    return out;
  }

  /** Where {@code f} was printed: the source line of its table row, else of its table's title. */
  static Optional<String> origin(String file, Disclosure d, Finding f) {
    if (f.location().line().isPresent()) {
      return Optional.of(file + ":" + d.position(f.location().line().get()));
    }
    Optional<String> table = f.location().table();
    if (table.isEmpty()) {
      return Optional.empty();
    }
    Optional<Integer> line = f.location().row()
        .flatMap(row -> d.provenance().line(table.get(), row))
        .or(() -> d.provenance().titleLine(table.get()));
    return line.map(l -> file + ":" + d.position(l));
  }

  private static String presence(TablePresence p) {
    switch (p) {
      case PRESENT:
        return "present";
      case NO_DATA:
        return "no-data";
      default:
        return "absent";
    }
  }

  private String textReport(String file, Disclosure d, Edition edition, ValidationReport report,
      Locale locale, Optional<ReadIssue.Level> listed) {
    boolean zh = locale.getLanguage().equals("zh");
    DepartmentBudget b = d.budget();
    ReadReport r = d.report();
    StringBuilder sb = new StringBuilder();
    sb.append("== ").append(file).append(": ").append(b.departmentName()).append(' ')
        .append(b.budgetYear()).append(zh ? "年" : "").append('\n');
    sb.append(zh ? "模板 " : "template ").append(b.profile().name())
        .append(zh ? "（" + b.profile().kind().chineseName() + "）；表：" : "; tables: ");
    List<TableId> ids = b.profile().ids();
    for (int i = 0; i < ids.size(); i++) {
      sb.append(i == 0 ? "" : ", ").append(ids.get(i)).append(' ')
          .append(presence(b.presence(ids.get(i))));
    }
    sb.append('\n');
    long warnings = count(r, ReadIssue.Level.WARNING);
    long notes = count(r, ReadIssue.Level.INFO);
    if (zh) {
      sb.append("读取：").append(r.lines().size()).append(" 行，读入 ").append(r.linesRead())
          .append("，跳过 ").append(r.linesSkipped()).append("，未识别 ")
          .append(r.linesNotUnderstood()).append("；读取警告 ").append(warnings).append("，说明 ").append(notes)
          .append("；目录版本 ").append(edition.id()).append('\n');
    } else {
      sb.append("read: ").append(r.lines().size()).append(" lines, ").append(r.linesRead())
          .append(" read, ").append(r.linesSkipped()).append(" skipped, ")
          .append(r.linesNotUnderstood()).append(" not understood; reader warnings ").append(warnings)
          .append(", notes ").append(notes).append("; catalog ").append(edition.id()).append('\n');
    }
    for (ReadIssue i : listed(r, listed)) {
      sb.append(i.level() == ReadIssue.Level.WARNING ? (zh ? "[读取警告] " : "[reader warning] ")
              : (zh ? "[读取说明] " : "[reader note] "))
          .append(file).append(':').append(d.position(i.line()))
          .append(i.table().map(t -> " " + t).orElse("")).append(' ').append(i.message()).append('\n');
    }
    sb.append(TextReport.render(report, locale, f -> origin(file, d, f)));
    return sb.toString();
  }

  private ObjectNode jsonReport(String file, Disclosure d, Edition edition,
      ValidationReport report, Locale locale, Optional<ReadIssue.Level> listed) {
    DepartmentBudget b = d.budget();
    ObjectNode n = JSON.createObjectNode();
    n.put("file", file);
    n.put("department", b.departmentName());
    n.put("year", b.budgetYear());
    n.put("catalog", edition.id().toString());
    n.put("template", b.profile().name());
    ObjectNode tables = n.putObject("tables");
    for (TableId id : b.profile().ids()) {
      tables.put(id.toString(), presence(b.presence(id)));
    }
    ReadReport r = d.report();
    ObjectNode read = n.putObject("read");
    read.put("lines", r.lines().size());
    read.put("read", r.linesRead());
    read.put("skipped", r.linesSkipped());
    read.put("notUnderstood", r.linesNotUnderstood());
    read.put("warnings", count(r, ReadIssue.Level.WARNING));
    read.put("notes", count(r, ReadIssue.Level.INFO));
    ArrayNode issues = read.putArray("issues");
    for (ReadIssue i : listed(r, listed)) {
      ObjectNode o = issues.addObject();
      o.put("level", i.level().toString());
      o.put("line", i.line());
      if (d.pages().isPresent()) {
        o.put("position", d.position(i.line())); // page:line in the PDF
      }
      o.put("table", i.table().orElse(null));
      o.put("message", i.message());
      o.put("text", i.text());
    }
    ObjectNode tree = JsonReport.toTree(report, locale);
    n.setAll(tree);
    ArrayNode findings = (ArrayNode) n.get("findings");
    List<Finding> list = report.findings();
    for (int i = 0; i < list.size(); i++) {
      Optional<String> where = origin(file, d, list.get(i));
      if (where.isPresent()) {
        ((ObjectNode) findings.get(i)).put("source", where.get());
      }
    }
    return n;
  }
}
