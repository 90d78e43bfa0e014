package org.yusuan.budget.performance;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/** A 年度重点任务 row: a 核心职能 (core function) and its 重点任务 (key tasks), as printed. */
@Value.Immutable
@JsonSerialize(as = ImmutableKeyTask.class)
@JsonDeserialize(as = ImmutableKeyTask.class)
public abstract class KeyTask {
  /** 核心职能. */
  @Value.Parameter
  public abstract String coreFunction();

  /** 重点任务. */
  @Value.Parameter
  public abstract String tasks();

  /** A row of core function and tasks. */
  public static KeyTask of(String coreFunction, String tasks) {
    return ImmutableKeyTask.of(coreFunction, tasks);
  }
}
