package org.yusuan.budget.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The {@code budget} command: {@code validate}, {@code read} and {@code rules}. Exit codes: 0 no
 * ERROR, 1 an unacknowledged ERROR, 2 wrong arguments or a file that cannot be read (message on
 * stderr, no stack trace).
 */
public final class BudgetCli {
  static final int OK = 0;
  static final int ERRORS_FOUND = 1;
  static final int USAGE = 2;

  static final String USAGE_TEXT = String.join("\n",
      "usage: budget validate FILE... [--format text|json|html|xlsx] [-o OUT] [--lang zh|en] [--catalog FILE]"
          + " [--acknowledge FILE] [--read-issues none|warnings|all] [--template NAME|FILE]",
      "       budget validate FINAL --budget BUDGET [options as above]",
      "       budget read FILE [-o OUT.json] [--template NAME|FILE]",
      "       budget rules [--lang zh|en]",
      "",
      "  validate     read each disclosure text and report the findings of the standard rules;",
      "               exit 0 when no ERROR, 1 when any unacknowledged ERROR, 2 when a file cannot",
      "               be read or the arguments are wrong",
      "  read         the department budget read from FILE as JSON (format yusuan-budget/1)",
      "  rules        the rule catalog",
      "  --format     text (default) or json on stdout; html: a report to read in a browser (to -o FILE",
      "               or stdout); xlsx: the bureau's checklist (检查表) to -o FILE; with several files",
      "               -o DIR gets one report per file (and index.html for html)",
      "  --catalog    a classification catalog: the yusuan edition format or the official",
      "               two-column 科目编码/科目名称 file (CSV or TSV, UTF-8 or GB18030)",
      "  --acknowledge  explanations (出错说明) by fingerprint: lines 'FINGERPRINT<TAB>TEXT'",
      "               ('#' starts a comment), or a JSON object {\"FINGERPRINT\": \"TEXT\"}",
      "  --template   the template the document follows: standard-2024, shanghai-department,",
      "               shanghai-unit, central-department (部门预算), shanghai-final-accounts,",
      "               university-final-accounts, final-accounts (部门决算), or a template file (.json);",
      "               detected from the titles when absent (docs/templates.md)",
      "  --budget     FINAL is a 部门决算: check it against BUDGET, the 预算 of the same department and",
      "               year, too (rules JB1-JB7; exit 1 on an unacknowledged pairing ERROR)",
      "  --read-issues  list the reader's warnings, or all its issues (notes too), after its",
      "               account; the counts are always printed (default none)",
      "");

  private BudgetCli() {}

  /** Runs the command and exits the JVM with its code. */
  /**
   * PDFBox and its font parser log through java.util.logging (commons-logging's default): notes on
   * font tables they skip ("Format 14 cmap table is not supported") that say nothing about the
   * document's content. The command keeps them off the user's terminal; a failure to read a PDF is an
   * exception with its own message. Held here: java.util.logging keeps loggers weakly.
   */
  private static final java.util.logging.Logger PDFBOX_LOGGER = quiet("org.apache");

  private static java.util.logging.Logger quiet(String name) {
    java.util.logging.Logger logger = java.util.logging.Logger.getLogger(name);
    logger.setLevel(java.util.logging.Level.SEVERE);
    return logger;
  }

  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
    System.exit(run(Arrays.asList(args), out, err));
  }

  /** Runs the command with {@code args}, writing to {@code out} and {@code err}; the exit code. */
  public static int run(List<String> args, PrintStream out, PrintStream err) {
    if (args.isEmpty()) {
      err.print(USAGE_TEXT);
      return USAGE;
    }
    String command = args.get(0);
    List<String> rest = args.subList(1, args.size());
    try {
      switch (command) {
        case "validate":
          return new ValidateCommand(out, err).run(rest);
        case "read":
          return new ReadCommand(out).run(rest);
        case "rules":
          return new RulesCommand(out).run(rest);
        case "help":
        case "--help":
        case "-h":
          out.print(USAGE_TEXT);
          return OK;
        default:
          throw new UsageException("unknown command \"" + command + "\"");
      }
    } catch (UsageException e) {
      err.println("budget: " + e.getMessage());
      if (e.getMessage().startsWith("unknown") || e.getMessage().contains("option")) {
        err.print(USAGE_TEXT);
      }
      return USAGE;
    }
  }

  /** The locale for {@code --lang}. */
  static Locale locale(String lang) {
    return lang.equals("zh") ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
  }
}
