package org.yusuan.budget.performance;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/** A 年度重点任务 row: a 核心职能 (core function) and its 重点任务 (key tasks), as printed. */
@Value.Immutable
@JsonSerialize(as = ImmutableKeyTask.class)
@JsonDeserialize(as = ImmutableKeyTask.class)
public abstract class KeyTask {
  /** {@return the 核心职能 (core function) as printed} */
  @Value.Parameter
  public abstract String coreFunction();

  /** {@return the 重点任务 (key tasks) as printed, several tasks in one text} */
  @Value.Parameter
  public abstract String tasks();

  /**
   * A row of core function and tasks, both kept as printed.
   *
   * @param coreFunction the 核心职能 as printed
   * @param tasks the 重点任务 as printed
   * @return the row
   */
  public static KeyTask of(String coreFunction, String tasks) {
    return ImmutableKeyTask.of(coreFunction, tasks);
  }
}
