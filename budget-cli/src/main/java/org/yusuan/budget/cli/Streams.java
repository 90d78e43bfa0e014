package org.yusuan.budget.cli;

import java.io.InputStream;
import java.io.PrintStream;

/** The command's standard input, output and error, given to each subcommand (tests pass their own). */
record Streams(InputStream in, PrintStream out, PrintStream err) {}
