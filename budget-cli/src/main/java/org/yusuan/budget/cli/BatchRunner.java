package org.yusuan.budget.cli;

import java.io.PrintStream;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Runs a {@code validate} batch over {@code --jobs} threads (并行校验): each document is read and
 * validated on its own, and the reports are handed on in the batch's order, so the output is the same
 * for any number of jobs. At most two documents per job are in flight, so a batch of thousands holds a
 * few read documents at a time, not all of them. One job runs on the calling thread.
 */
final class BatchRunner {
  private BatchRunner() {}

  /**
   * Checks each of {@code documents} with {@code check} on {@code jobs} threads and gives the reports
   * to {@code sink} in order, reporting progress after each.
   */
  static void run(List<Documents.Document> documents, int jobs, Function<Documents.Document, FileReport> check,
      Progress progress, Consumer<FileReport> sink) {
    if (jobs <= 1 || documents.size() <= 1) {
      for (Documents.Document doc : documents) {
        deliver(check.apply(doc), progress, sink);
      }
      progress.finish();
      return;
    }
    ExecutorService pool = Executors.newFixedThreadPool(jobs, r -> {
      Thread t = new Thread(r, "budget-validate");
      t.setDaemon(true);
      return t;
    });
    try {
      Deque<Future<FileReport>> inFlight = new ArrayDeque<>();
      int next = 0;
      while (next < documents.size() || !inFlight.isEmpty()) {
        while (next < documents.size() && inFlight.size() < 2 * jobs) {
          Documents.Document doc = documents.get(next++);
          inFlight.add(pool.submit(() -> check.apply(doc)));
        }
        deliver(await(inFlight.removeFirst()), progress, sink);
      }
    } finally {
      pool.shutdownNow();
    }
    progress.finish();
  }

  private static void deliver(FileReport report, Progress progress, Consumer<FileReport> sink) {
    progress.done(report);
    sink.accept(report);
  }

  private static FileReport await(Future<FileReport> f) {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("validate interrupted", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(e.getCause());
    }
  }

  /**
   * Progress on standard error, for batches of more than one document: a bar redrawn in place on a
   * terminal, else one line per document ({@code [3/120] FILE}); an unreadable document's error follows
   * its line.
   */
  static final class Progress {
    private static final int BAR = 30;
    private final PrintStream err;
    private final int total;
    private final boolean terminal;
    private int done;

    Progress(PrintStream err, int total, boolean terminal) {
      this.err = err;
      this.total = total;
      this.terminal = terminal;
    }

    void done(FileReport report) {
      done++;
      if (total > 1) {
        if (terminal) {
          int filled = done * BAR / total;
          err.print("\r[" + "#".repeat(filled) + " ".repeat(BAR - filled) + "] " + done + "/" + total + " "
              + shortName(report.name()) + "\033[K");
        } else {
          err.println("[" + done + "/" + total + "] " + report.name());
        }
      }
      report.error().ifPresent(e -> err.println((terminal && total > 1 ? "\n" : "") + "budget: " + e));
    }

    void finish() {
      if (terminal && total > 1) {
        err.println();
      }
      err.flush();
    }

    private static String shortName(String name) {
      return name.length() <= 40 ? name : "…" + name.substring(name.length() - 39);
    }
  }
}
