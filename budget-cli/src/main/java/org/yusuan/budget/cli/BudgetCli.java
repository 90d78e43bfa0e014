package org.yusuan.budget.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import org.yusuan.budget.validation.Severity;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code budget} command: {@code validate}, {@code read}, {@code rules} and {@code help}, on
 * picocli. Exit codes (bits, so one outcome never hides another): 0 no unacknowledged ERROR and every
 * file read; 1 an unacknowledged ERROR in some file; 2 wrong arguments, or a file that cannot be read
 * (message on stderr, no stack trace); 3 both 1 and 2 in one batch.
 */
@Command(name = "budget", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
    synopsisHeading = "usage: ", descriptionHeading = "%n",
    customSynopsis = {
        "budget validate FILE... [-f text|json] [-l zh|en] [-o OUT] [-s LEVEL] [options]",
        "       budget validate FINAL --budget BUDGET [options as above]",
        "       budget read FILE [-o OUT.json] [--template NAME|FILE]",
        "       budget rules [--lang zh|en]",
        "       budget help COMMAND | budget COMMAND --help | budget --version"},
    description = {"", "Reads published 部门预算/部门决算 disclosures (text, PDF, or the yusuan JSON model)"
        + " and checks them with the standard rules. FILE may be - (standard input), a directory or a"
        + " glob (their documents: *.txt, *.pdf, *.budget.json, in path order)."},
    commandListHeading = "%nCommands:%n",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:no unacknowledged ERROR, every file read",
        "1:an unacknowledged ERROR in some file",
        "2:wrong arguments, or some file could not be read (the others are still checked)",
        "3:both 1 and 2"})
public final class BudgetCli implements Callable<Integer> {
  static final int OK = 0;
  static final int ERRORS_FOUND = 1;
  static final int USAGE = 2;

  /**
   * PDFBox and its font parser log through java.util.logging (commons-logging's default): notes on
   * font tables they skip ("Format 14 cmap table is not supported") that say nothing about the
   * document's content. The command keeps them off the user's terminal; a failure to read a PDF is an
   * exception with its own message. Held here: java.util.logging keeps loggers weakly.
   */
  private static final java.util.logging.Logger PDFBOX_LOGGER = quiet("org.apache");

  private final Streams streams;

  private BudgetCli(Streams streams) {
    this.streams = streams;
  }

  private static java.util.logging.Logger quiet(String name) {
    java.util.logging.Logger logger = java.util.logging.Logger.getLogger(name);
    logger.setLevel(java.util.logging.Level.SEVERE);
    return logger;
  }

  /**
   * Runs the command and exits the JVM with its code; output and errors are written as UTF-8.
   *
   * @param args the command line, e.g. {@code validate seed-003.txt --format json}
   */
  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
    System.exit(run(Arrays.asList(args), System.in, out, err));
  }

  /**
   * Runs the command with {@code args}, writing to {@code out} and {@code err}; standard input is
   * empty. The JVM is not exited: this is the entry point for tests and embedding.
   *
   * @param args the command line without the program name
   * @param out where the command's output goes
   * @param err where usage errors and failures go
   * @return the exit code the command ends with (0 on success)
   */
  public static int run(List<String> args, PrintStream out, PrintStream err) {
    return run(args, InputStream.nullInputStream(), out, err);
  }

  /**
   * As {@link #run(List, PrintStream, PrintStream)}, {@code in} standing for standard input ({@code -}).
   *
   * @param args the command line without the program name
   * @param in what a file argument {@code -} reads; not closed
   * @param out where the command's output goes
   * @param err where usage errors and failures go
   * @return the exit code the command ends with (0 on success)
   */
  public static int run(List<String> args, InputStream in, PrintStream out, PrintStream err) {
    return commandLine(new Streams(in, out, err)).execute(args.toArray(new String[0]));
  }

  /** The command tree, its output and errors going to {@code streams}. */
  static CommandLine commandLine(Streams streams) {
    CommandLine cl = new CommandLine(new BudgetCli(streams));
    cl.addSubcommand(new ValidateCommand(streams));
    cl.addSubcommand(new ReadCommand(streams));
    cl.addSubcommand(new RulesCommand(streams));
    cl.addSubcommand(new CommandLine.HelpCommand());
    cl.registerConverter(ReportFormat.class, Choices.of(ReportFormat.class));
    cl.registerConverter(Lang.class, Choices.of(Lang.class));
    cl.registerConverter(ReadIssues.class, Choices.of(ReadIssues.class));
    cl.registerConverter(Severity.class, Choices.of(Severity.class));
    cl.setOut(new PrintWriter(streams.out(), true));
    cl.setErr(new PrintWriter(streams.err(), true));
    cl.setParameterExceptionHandler(CliErrors::parameter);
    cl.setExecutionExceptionHandler(CliErrors::execution);
    return cl;
  }

  /** {@code budget} alone: the usage, and exit 2. */
  @Override
  public Integer call() {
    streams.err().print(new CommandLine(this).getUsageMessage());
    return USAGE;
  }
}
