package org.yusuan.budget.cli;

/** Wrong arguments, or an input that cannot be read: exit code 2, the message on stderr. */
final class UsageException extends Exception {
  private static final long serialVersionUID = 1L;

  UsageException(String message) {
    super(message);
  }
}
