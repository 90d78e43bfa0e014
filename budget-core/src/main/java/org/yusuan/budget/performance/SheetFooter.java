package org.yusuan.budget.performance;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Optional;
import org.immutables.value.Value;

/** The footer of a sheet: 负责人, 经办人, 联系电话, 填报日期, as printed (mostly blank). */
@Value.Immutable
@JsonSerialize(as = ImmutableSheetFooter.class)
@JsonDeserialize(as = ImmutableSheetFooter.class)
public abstract class SheetFooter {
  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("uuuuMMddHHmmss").withResolverStyle(ResolverStyle.STRICT);

  /** {@return 负责人 (the person responsible) as printed; empty when blank} */
  public abstract Optional<String> responsiblePerson();

  /** {@return 经办人 (the person who filled the sheet in) as printed; empty when blank} */
  public abstract Optional<String> handler();

  /** {@return 联系电话 (phone number) as printed; empty when blank} */
  public abstract Optional<String> phone();

  /** {@return 填报日期 as printed, e.g. {@code 20250117161320}; empty when blank} */
  public final Optional<String> filledDate() {
    return storedFilledDate();
  }

  /**
   * {@return the {@code filledDate} attribute as Immutables keeps it}: builders, {@code with*}, JSON,
   * equals and toString use it under the name {@code filledDate}; read it through {@link #filledDate()}, which
   * does not allocate (see {@link org.yusuan.budget.style.BudgetStyle}).
   */
  @JsonProperty("filledDate")
  abstract Optional<String> getFilledDate();

  /** {@return {@link #getFilledDate()} made once, when the value is built} */
  @Value.Derived
  @Value.Auxiliary
  @JsonIgnore
  Optional<String> storedFilledDate() {
    return getFilledDate();
  }

  /**
   * {@return the 填报日期 as a time stamp, when it is a real {@code yyyyMMddHHmmss} time; empty
   * otherwise (e.g. {@code 20241225225566}, second 66)}
   */
  public Optional<LocalDateTime> filledAt() {
    if (!filledDate().isPresent()) {
      return Optional.empty();
    }
    String s = filledDate().get().trim();
    if (!s.matches("[0-9]{14}")) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDateTime.parse(s, STAMP));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
