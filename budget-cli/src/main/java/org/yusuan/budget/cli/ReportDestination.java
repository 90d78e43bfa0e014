package org.yusuan.budget.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where a {@code validate} batch's report goes (报告去向): {@code -o OUT} or standard output, and how many
 * documents the batch has. A format writing one stream opens it here ({@link #stream()}, on first use,
 * so that a format writing a directory of its own never creates a file named like it).
 */
final class ReportDestination implements AutoCloseable {
  private final Optional<Path> output;
  private final int documents;
  private final OutputStream standardOutput;
  private OutputStream opened;

  ReportDestination(Optional<Path> output, int documents, OutputStream standardOutput) {
    this.output = output;
    this.documents = documents;
    this.standardOutput = standardOutput;
  }

  /** {@code -o OUT}, if given. */
  Optional<Path> output() {
    return output;
  }

  /** How many documents the batch has. */
  int documents() {
    return documents;
  }

  /** The one stream of the report: {@code -o FILE}, else standard output (flushed, left open). */
  OutputStream stream() throws UsageException {
    if (opened == null) {
      opened = output.isEmpty() ? standardOutput : open(output.get());
    }
    return opened;
  }

  @Override
  public void close() throws IOException {
    if (opened == standardOutput) {
      opened.flush(); // standard output stays open for the command's caller
    } else if (opened != null) {
      opened.close();
    }
  }

  private static OutputStream open(Path file) throws UsageException {
    if (Files.isDirectory(file)) {
      throw new UsageException("cannot write " + file + ": a directory, not a file");
    }
    try {
      return Files.newOutputStream(file);
    } catch (IOException e) {
      throw new UsageException("cannot write " + file + ": " + e.getMessage());
    }
  }
}
