package org.yusuan.budget.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.util.EnumSet;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.yusuan.budget.table.BudgetTable;
import org.yusuan.budget.document.DepartmentBudget;
import org.yusuan.budget.table.TableLayout;

/** Every budget round-trips through JSON exactly, and its document passes the schema. */
class BudgetJsonProperties {
  private static final ObjectMapper MAPPER = BudgetJson.mapper();
  private static final SchemaCheck SCHEMA;

  static {
    try {
      SCHEMA = new SchemaCheck(MAPPER.readTree(Files.readString(RepoFiles.SCHEMA)));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Provide
  Arbitrary<DepartmentBudget> budgets() {
    return BudgetArbitraries.budgets();
  }

  @Property(tries = 100)
  void budgetsRoundTripExactly(@ForAll("budgets") DepartmentBudget budget) throws Exception {
    String json = BudgetJson.write(budget);
    DepartmentBudget back = BudgetJson.read(json);
    assertThat(back).isEqualTo(budget);
    assertThat(BudgetJson.write(back)).isEqualTo(json);
    assertThat(SCHEMA.validate(MAPPER.readTree(json))).isEmpty();
    Set<TableLayout> layouts = EnumSet.noneOf(TableLayout.class);
    for (BudgetTable t : budget.tables()) {
      layouts.add(TableLayout.valueOf(layoutOf(t)));
    }
    Statistics.label("layouts").collect(layouts.size());
    Statistics.label("claims").collect(Math.min(budget.claims().size(), 3));
  }

  /** The schema's scalar patterns accept exactly what the reader accepts. */
  @Property(tries = 400)
  void schemaPatternsAgreeWithTheReader(@ForAll("scalarTexts") String text) {
    agree("FunctionCode", text, org.yusuan.budget.classification.FunctionCode.class);
    agree("RevenueCode", text, org.yusuan.budget.classification.RevenueCode.class);
    agree("DepartmentEconomicCode", text, org.yusuan.budget.classification.DepartmentEconomicCode.class);
    agree("GovernmentEconomicCode", text, org.yusuan.budget.classification.GovernmentEconomicCode.class);
    agree("TableId", text, org.yusuan.budget.table.TableId.class);
    agree("Cell", text, org.yusuan.budget.table.AmountCell.class);
    agree("Money", text, org.yusuan.budget.money.WanYuan.class);
  }

  @Provide
  Arbitrary<String> scalarTexts() {
    return net.jqwik.api.Arbitraries.oneOf(
        net.jqwik.api.Arbitraries.strings().withChars("0123456789-.,T ").ofMaxLength(14),
        net.jqwik.api.Combinators.combine(
            net.jqwik.api.Arbitraries.of("1", "2", "3", "5", "-", "0.", "T", "9999999999999"),
            net.jqwik.api.Arbitraries.strings().withChars("0123456789").ofMaxLength(12))
            .as(String::concat),
        net.jqwik.api.Arbitraries.strings().alpha().numeric().withChars("_-").ofMaxLength(34));
  }

  private static void agree(String def, String text, Class<?> type) {
    com.fasterxml.jackson.databind.node.TextNode node =
        com.fasterxml.jackson.databind.node.TextNode.valueOf(text);
    boolean schemaOk = SCHEMA.validate(def, node).isEmpty();
    boolean readerOk;
    try {
      MAPPER.treeToValue(node, type);
      readerOk = true;
    } catch (Exception e) {
      readerOk = false;
    }
    if (type == org.yusuan.budget.money.WanYuan.class || type == org.yusuan.budget.table.AmountCell.class) {
      // the pattern cannot express the range (±9223372036854.775807 万元): only reader ⇒ schema
      if (readerOk) {
        assertThat(schemaOk).as("%s accepts \"%s\"", def, text).isTrue();
      }
      if (schemaOk && text.replace("-", "").split("\\.")[0].length() <= 12) {
        assertThat(readerOk).as("reader of %s accepts \"%s\"", def, text).isTrue();
      }
    } else {
      assertThat(readerOk).as("%s: reader and schema agree on \"%s\"", def, text)
          .isEqualTo(schemaOk);
    }
  }

  private static String layoutOf(BudgetTable t) {
    for (TableLayout l : TableLayout.values()) {
      if (l.type().isInstance(t)) {
        return l.name();
      }
    }
    throw new IllegalStateException(t.getClass().getName());
  }
}
