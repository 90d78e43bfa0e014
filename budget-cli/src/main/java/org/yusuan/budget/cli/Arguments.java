package org.yusuan.budget.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The command line after the command word: options ({@code --name value} or {@code --name=value},
 * and short aliases) and operands. Only the options a command declares are accepted; {@code --}
 * ends the options.
 */
final class Arguments {
  private final Map<String, String> options = new LinkedHashMap<>();
  private final List<String> operands = new ArrayList<>();

  private Arguments() {}

  /**
   * Parses {@code args}; {@code known} lists the long options with a value, {@code aliases} maps a
   * short option ({@code -o}) to its long name.
   */
  static Arguments parse(List<String> args, Set<String> known, Map<String, String> aliases)
      throws UsageException {
    Arguments a = new Arguments();
    boolean optionsEnded = false;
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      if (optionsEnded || !arg.startsWith("-") || arg.equals("-")) {
        a.operands.add(arg);
        continue;
      }
      if (arg.equals("--")) {
        optionsEnded = true;
        continue;
      }
      String name = arg;
      String value = null;
      int eq = arg.indexOf('=');
      if (arg.startsWith("--") && eq > 0) {
        name = arg.substring(0, eq);
        value = arg.substring(eq + 1);
      }
      name = aliases.getOrDefault(name, name);
      if (!known.contains(name)) {
        throw new UsageException("unknown option " + arg);
      }
      if (value == null) {
        if (i + 1 >= args.size()) {
          throw new UsageException("option " + name + " needs a value");
        }
        value = args.get(++i);
      }
      if (a.options.put(name, value) != null) {
        throw new UsageException("option " + name + " given twice");
      }
    }
    return a;
  }

  Optional<String> option(String name) {
    return Optional.ofNullable(options.get(name));
  }

  /** The option's value, which must be one of {@code allowed}; {@code fallback} when absent. */
  String choice(String name, String fallback, String... allowed) throws UsageException {
    String v = options.getOrDefault(name, fallback);
    for (String a : allowed) {
      if (a.equals(v)) {
        return v;
      }
    }
    throw new UsageException(name + " must be one of " + String.join(", ", allowed) + ", not \""
        + v + "\"");
  }

  List<String> operands() {
    return operands;
  }
}
