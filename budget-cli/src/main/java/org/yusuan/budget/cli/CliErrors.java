package org.yusuan.budget.cli;

import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Help;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * How the command reports wrong arguments and unreadable inputs: {@code budget: MESSAGE} on stderr,
 * a "did you mean" for a mistyped option or command, the synopsis, exit 2; never a stack trace.
 */
final class CliErrors {
  private CliErrors() {}

  /** Wrong arguments: what is wrong, suggestions, the command's synopsis. */
  static int parameter(ParameterException e, String[] args) {
    CommandLine cmd = e.getCommandLine();
    PrintWriter err = cmd.getErr();
    err.println("budget: " + message(e));
    if (e instanceof UnmatchedArgumentException) {
      List<String> suggestions = ((UnmatchedArgumentException) e).getSuggestions();
      if (!suggestions.isEmpty()) {
        err.println("did you mean " + String.join(" or ", suggestions) + "?");
      }
    }
    Help help = cmd.getHelp();
    err.print(help.synopsisHeading() + help.synopsis(help.synopsisHeadingLength()));
    err.println("(" + qualifiedName(cmd) + " --help for the options)");
    return BudgetCli.USAGE;
  }

  /** An input that cannot be read (a {@link UsageException}): its message, exit 2. */
  static int execution(Exception e, CommandLine cmd, CommandLine.ParseResult parsed) throws Exception {
    if (e instanceof UsageException) {
      cmd.getErr().println("budget: " + e.getMessage());
      return BudgetCli.USAGE;
    }
    throw e;
  }

  private static String message(ParameterException e) {
    if (e instanceof UnmatchedArgumentException) {
      UnmatchedArgumentException u = (UnmatchedArgumentException) e;
      String arg = u.getUnmatched().isEmpty() ? "" : u.getUnmatched().get(0);
      if (u.isUnknownOption()) {
        return "unknown option " + arg;
      }
      return u.getCommandLine().getSubcommands().isEmpty()
          ? "unexpected argument \"" + arg + "\"" : "unknown command \"" + arg + "\"";
    }
    if (e.getCause() instanceof TypeConversionException && e.getArgSpec() instanceof CommandLine.Model.OptionSpec) {
      return ((CommandLine.Model.OptionSpec) e.getArgSpec()).longestName() + " "
          + e.getCause().getMessage();
    }
    return e.getMessage();
  }

  private static String qualifiedName(CommandLine cmd) {
    return cmd.getParent() == null ? cmd.getCommandName()
        : qualifiedName(cmd.getParent()) + " " + cmd.getCommandName();
  }
}
