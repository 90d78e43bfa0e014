package org.yusuan.budget.validation.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.yusuan.budget.catalog.Edition;
import org.yusuan.budget.document.DepartmentBudget;
import org.yusuan.budget.validation.Rule;
import org.yusuan.budget.validation.rules.code.CatalogName;
import org.yusuan.budget.validation.rules.code.CodeHierarchy;
import org.yusuan.budget.validation.rules.code.EconomicCodePair;
import org.yusuan.budget.validation.rules.code.KnownCode;
import org.yusuan.budget.validation.rules.crosstable.BasicExpenditureByItem;
import org.yusuan.budget.validation.rules.crosstable.BasicExpenditureBySource;
import org.yusuan.budget.validation.rules.crosstable.CarryOverProjects;
import org.yusuan.budget.validation.rules.crosstable.CurrentIncomeSpent;
import org.yusuan.budget.validation.rules.crosstable.ExpenditureGrandTotal;
import org.yusuan.budget.validation.rules.crosstable.ExpenditurePerCode;
import org.yusuan.budget.validation.rules.crosstable.FiscalSummary;
import org.yusuan.budget.validation.rules.crosstable.GeneralBudgetExpenditure;
import org.yusuan.budget.validation.rules.crosstable.GeneralBudgetProjects;
import org.yusuan.budget.validation.rules.crosstable.GovernmentFundExpenditure;
import org.yusuan.budget.validation.rules.crosstable.GovernmentFundProjects;
import org.yusuan.budget.validation.rules.crosstable.GovernmentFundRevenue;
import org.yusuan.budget.validation.rules.crosstable.IncomeTableTotals;
import org.yusuan.budget.validation.rules.crosstable.OperatingCosts;
import org.yusuan.budget.validation.rules.crosstable.ProjectExpenditure;
import org.yusuan.budget.validation.rules.crosstable.SummaryCategories;
import org.yusuan.budget.validation.rules.crosstable.ThreePublicCoversItems;
import org.yusuan.budget.validation.rules.narrative.BasicAndProjectExpenditureClaims;
import org.yusuan.budget.validation.rules.narrative.ChangeDirections;
import org.yusuan.budget.validation.rules.narrative.ComparisonYears;
import org.yusuan.budget.validation.rules.narrative.FormerClassNames;
import org.yusuan.budget.validation.rules.narrative.ItemAmounts;
import org.yusuan.budget.validation.rules.narrative.RestatedAmounts;
import org.yusuan.budget.validation.rules.narrative.StatedGrowthRates;
import org.yusuan.budget.validation.rules.narrative.BasicExpenditureItemClaims;
import org.yusuan.budget.validation.rules.narrative.DepartmentTargetFundClaims;
import org.yusuan.budget.validation.rules.narrative.FiscalAppropriationClaims;
import org.yusuan.budget.validation.rules.narrative.GeneralBudgetByClassClaims;
import org.yusuan.budget.validation.rules.narrative.GeneralBudgetExpenditureClaims;
import org.yusuan.budget.validation.rules.narrative.IncomeSourceClaims;
import org.yusuan.budget.validation.rules.narrative.OperatingCostClaims;
import org.yusuan.budget.validation.rules.narrative.OverallTotalsClaims;
import org.yusuan.budget.validation.rules.narrative.ProcurementTotalClaims;
import org.yusuan.budget.validation.rules.narrative.ProjectTargetClaims;
import org.yusuan.budget.validation.rules.narrative.StateAssetClaims;
import org.yusuan.budget.validation.rules.narrative.ThreePublicExpenseClaims;
import org.yusuan.budget.validation.rules.performance.AnnualFundsBounded;
import org.yusuan.budget.validation.rules.performance.AnnualFundsMatchProject;
import org.yusuan.budget.validation.rules.performance.AttributeFitsPeriod;
import org.yusuan.budget.validation.rules.performance.CostIndicators;
import org.yusuan.budget.validation.rules.performance.DepartmentSheetEstablishment;
import org.yusuan.budget.validation.rules.performance.DepartmentSheetMatchesTables;
import org.yusuan.budget.validation.rules.performance.DepartmentSheetSourcesMatchDirections;
import org.yusuan.budget.validation.rules.performance.DepartmentSheetStaffAndUnits;
import org.yusuan.budget.validation.rules.performance.FilingDate;
import org.yusuan.budget.validation.rules.performance.FundingSourcesAddUp;
import org.yusuan.budget.validation.rules.performance.ImplementingUnitMatches;
import org.yusuan.budget.validation.rules.performance.IndicatorValueFormat;
import org.yusuan.budget.validation.rules.performance.IndicatorsComplete;
import org.yusuan.budget.validation.rules.performance.ProjectNameMatches;
import org.yusuan.budget.validation.rules.performance.SatisfactionValues;
import org.yusuan.budget.validation.rules.performance.SheetPerProject;
import org.yusuan.budget.validation.rules.performance.SupervisingDepartment;
import org.yusuan.budget.validation.rules.soft.AssetReferenceDate;
import org.yusuan.budget.validation.rules.soft.IncomeSharesSumToHundred;
import org.yusuan.budget.validation.rules.soft.LandFundIncomeMatchesExpenditure;
import org.yusuan.budget.validation.rules.soft.PersonnelPublicAssignment;
import org.yusuan.budget.validation.rules.soft.PurchasedVersusProcuredServices;
import org.yusuan.budget.validation.rules.soft.RunningCostItemsBasicOnly;
import org.yusuan.budget.validation.rules.soft.SocialSecurityMatchesFunctionCodes;
import org.yusuan.budget.validation.rules.soft.UnitCountsAgree;
import org.yusuan.budget.validation.rules.soft.VehiclesWithinAuthorized;
import org.yusuan.budget.validation.rules.structure.DeclaredEmptyTables;
import org.yusuan.budget.validation.rules.structure.UndeclaredEmptyTables;
import org.yusuan.budget.validation.rules.finalnarrative.FinalTotalClaims;
import org.yusuan.budget.validation.rules.finalnarrative.FinalShareClaims;
import org.yusuan.budget.validation.rules.finalnarrative.FinalGrowthRates;
import org.yusuan.budget.validation.rules.finalnarrative.FinalFiscalTotals;
import org.yusuan.budget.validation.rules.finalnarrative.FinalGeneralBudgetClaims;
import org.yusuan.budget.validation.rules.finalnarrative.FinalItemClaims;
import org.yusuan.budget.validation.rules.finalnarrative.FinalCompletionRates;
import org.yusuan.budget.validation.rules.finalnarrative.FinalBasicSplit;
import org.yusuan.budget.validation.rules.finalnarrative.FinalBasicAgainstTables;
import org.yusuan.budget.validation.rules.finalnarrative.FinalThreePublicClaims;
import org.yusuan.budget.validation.rules.finalnarrative.FinalOperatingCosts;
import org.yusuan.budget.validation.rules.finalnarrative.FinalProcurementTotal;
import org.yusuan.budget.validation.rules.finalnarrative.FinalProcurementShares;
import org.yusuan.budget.validation.rules.finalnarrative.FinalVehicleCount;
import org.yusuan.budget.validation.rules.finalnarrative.FinalStatedNone;
import org.yusuan.budget.validation.rules.structure.PrintedDepartment;
import org.yusuan.budget.validation.rules.structure.RequiredTables;
import org.yusuan.budget.validation.rules.structure.TitleYear;
import org.yusuan.budget.validation.rules.finals.FinalIncomeTotal;
import org.yusuan.budget.validation.rules.finals.FinalExpenditureTotal;
import org.yusuan.budget.validation.rules.finals.FinalBalance;
import org.yusuan.budget.validation.rules.finals.FiscalFinalRowTotals;
import org.yusuan.budget.validation.rules.finals.FiscalFinalTotals;
import org.yusuan.budget.validation.rules.finals.FiscalFinalFundBalance;
import org.yusuan.budget.validation.rules.finals.FinalIncomeTableRowTotals;
import org.yusuan.budget.validation.rules.finals.FinalIncomeTableHierarchy;
import org.yusuan.budget.validation.rules.finals.FinalExpenditureTableRowTotals;
import org.yusuan.budget.validation.rules.finals.FinalExpenditureTableHierarchy;
import org.yusuan.budget.validation.rules.finals.GeneralBudgetFinalTotals;
import org.yusuan.budget.validation.rules.finals.FundFinalTableTotals;
import org.yusuan.budget.validation.rules.finals.FiscalFinalExpenditureTotals;
import org.yusuan.budget.validation.rules.finals.FinalIncomeTableMatchesSummary;
import org.yusuan.budget.validation.rules.finals.FinalExpenditureTableMatchesSummary;
import org.yusuan.budget.validation.rules.finals.GeneralBudgetFinalMatchesFiscalSummary;
import org.yusuan.budget.validation.rules.finals.GeneralBudgetWithinExpenditure;
import org.yusuan.budget.validation.rules.finals.BasicFinalEconomicTotals;
import org.yusuan.budget.validation.rules.finals.ThreePublicFinalTotals;
import org.yusuan.budget.validation.rules.finals.EmptyFundTablesWithoutMoney;
import org.yusuan.budget.validation.rules.quality.ComparisonWords;
import org.yusuan.budget.validation.rules.quality.ClassificationNames;
import org.yusuan.budget.validation.rules.quality.ContentsMatchBody;
import org.yusuan.budget.validation.rules.quality.RequiredParts;
import org.yusuan.budget.validation.rules.quality.DocumentKindWords;
import org.yusuan.budget.validation.rules.quality.DocumentYears;
import org.yusuan.budget.validation.rules.quality.Placeholders;
import org.yusuan.budget.validation.rules.quality.Punctuation;
import org.yusuan.budget.validation.rules.table.CarryOverProjectRowTotals;
import org.yusuan.budget.validation.rules.table.CarryOverProjectSubtotals;
import org.yusuan.budget.validation.rules.table.EconomicClassTotals;
import org.yusuan.budget.validation.rules.table.EconomicRowStructure;
import org.yusuan.budget.validation.rules.table.EconomicRowTotals;
import org.yusuan.budget.validation.rules.table.ExpenditureTableClassTotal;
import org.yusuan.budget.validation.rules.table.ExpenditureTableCodes;
import org.yusuan.budget.validation.rules.table.ExpenditureTableHierarchy;
import org.yusuan.budget.validation.rules.table.ExpenditureTableRowTotals;
import org.yusuan.budget.validation.rules.table.FiscalSummaryCarryOver;
import org.yusuan.budget.validation.rules.table.FiscalSummaryCategoryColumnTotals;
import org.yusuan.budget.validation.rules.table.FiscalSummaryCategoryRowTotals;
import org.yusuan.budget.validation.rules.table.FiscalSummaryFundExpenditure;
import org.yusuan.budget.validation.rules.table.FiscalSummaryIncomeTotals;
import org.yusuan.budget.validation.rules.table.FundExpenditureTotals;
import org.yusuan.budget.validation.rules.table.FundRevenueHierarchy;
import org.yusuan.budget.validation.rules.table.GeneralBudgetClassTotal;
import org.yusuan.budget.validation.rules.table.GeneralBudgetHierarchy;
import org.yusuan.budget.validation.rules.table.GeneralBudgetRowTotals;
import org.yusuan.budget.validation.rules.table.IncomeTableClassTotal;
import org.yusuan.budget.validation.rules.table.IncomeTableCodes;
import org.yusuan.budget.validation.rules.table.IncomeTableHierarchy;
import org.yusuan.budget.validation.rules.table.IncomeTableRowTotals;
import org.yusuan.budget.validation.rules.table.OperatingCostTotals;
import org.yusuan.budget.validation.rules.table.ProjectRepeatedGroupRows;
import org.yusuan.budget.validation.rules.table.ProjectRowTotals;
import org.yusuan.budget.validation.rules.table.ProjectSubtotals;
import org.yusuan.budget.validation.rules.table.StateCapitalTotals;
import org.yusuan.budget.validation.rules.table.SummaryBalance;
import org.yusuan.budget.validation.rules.table.SummaryCategoryColumnTotals;
import org.yusuan.budget.validation.rules.table.SummaryCategoryRowTotals;
import org.yusuan.budget.validation.rules.table.SummaryGrandTotal;
import org.yusuan.budget.validation.rules.table.SummaryIncomeTotal;
import org.yusuan.budget.validation.rules.table.ThreePublicRowTotals;
import org.yusuan.budget.validation.rules.table.ThreePublicTotal;
import org.yusuan.budget.validation.rules.table.ThreePublicVehicles;

/**
 * The registry of the standard rules (标准规则登记): every rule of {@link Validators#standard()}, in
 * running order, by subject. Adding a rule is one unit in its subject package plus one line here (and
 * its test and its testkit mutator).
 */
public final class StandardRules {
  private StandardRules() {}

  /** {@return the standard rules that need no code catalog, in running order: T, X, N, D, Q, P, J, S} */
  public static List<Rule<DepartmentBudget>> withoutCatalog() {
    List<Rule<DepartmentBudget>> all = new ArrayList<>();

    // ---------------------------------------------------------------- 表内 (rules.table)
    all.add(SummaryIncomeTotal.RULE);
    all.add(SummaryGrandTotal.RULE);
    all.add(SummaryCategoryRowTotals.RULE);
    all.add(SummaryCategoryColumnTotals.RULE);
    all.add(SummaryBalance.RULE);
    all.add(IncomeTableRowTotals.RULE);
    all.add(IncomeTableHierarchy.RULE);
    all.add(IncomeTableClassTotal.RULE);
    all.add(IncomeTableCodes.RULE);
    all.add(ExpenditureTableRowTotals.RULE);
    all.add(ExpenditureTableHierarchy.RULE);
    all.add(ExpenditureTableClassTotal.RULE);
    all.add(ExpenditureTableCodes.RULE);
    all.add(FiscalSummaryIncomeTotals.RULE);
    all.add(FiscalSummaryCarryOver.RULE);
    all.add(FiscalSummaryCategoryRowTotals.RULE);
    all.add(FiscalSummaryCategoryColumnTotals.RULE);
    all.add(FiscalSummaryFundExpenditure.RULE);
    all.add(GeneralBudgetRowTotals.RULE);
    all.add(GeneralBudgetHierarchy.RULE);
    all.add(GeneralBudgetClassTotal.RULE);
    all.add(EconomicRowTotals.RULE);
    all.add(EconomicClassTotals.RULE);
    all.add(EconomicRowStructure.RULE);
    all.add(FundRevenueHierarchy.RULE);
    all.add(FundExpenditureTotals.RULE);
    all.add(StateCapitalTotals.RULE);
    all.add(ThreePublicRowTotals.RULE);
    all.add(ThreePublicVehicles.RULE);
    all.add(ThreePublicTotal.RULE);
    all.add(OperatingCostTotals.RULE);
    all.add(ProjectRowTotals.RULE);
    all.add(ProjectSubtotals.RULE);
    all.add(ProjectRepeatedGroupRows.RULE);
    all.add(CarryOverProjectRowTotals.RULE);
    all.add(CarryOverProjectSubtotals.RULE);
    // ---------------------------------------------------------------- end of 表内

    // ---------------------------------------------------------------- 表间 (rules.crosstable)
    all.add(IncomeTableTotals.RULE);
    all.add(SummaryCategories.RULE);
    all.add(ExpenditurePerCode.RULE);
    all.add(ExpenditureGrandTotal.RULE);
    all.add(FiscalSummary.RULE);
    all.add(GeneralBudgetExpenditure.RULE);
    all.add(BasicExpenditureByItem.RULE);
    all.add(GovernmentFundRevenue.RULE);
    all.add(GovernmentFundExpenditure.RULE);
    all.add(ProjectExpenditure.RULE);
    all.add(GeneralBudgetProjects.RULE);
    all.add(GovernmentFundProjects.RULE);
    all.add(CurrentIncomeSpent.RULE);
    all.add(CarryOverProjects.RULE);
    all.add(BasicExpenditureBySource.RULE);
    all.add(OperatingCosts.RULE);
    all.add(ThreePublicCoversItems.RULE);
    // ---------------------------------------------------------------- end of 表间

    // ---------------------------------------------------------------- 情况说明 (rules.narrative)
    all.add(OverallTotalsClaims.RULE);
    all.add(IncomeSourceClaims.RULE);
    all.add(BasicAndProjectExpenditureClaims.RULE);
    all.add(FiscalAppropriationClaims.RULE);
    all.add(GeneralBudgetExpenditureClaims.RULE);
    all.add(GeneralBudgetByClassClaims.RULE);
    all.add(BasicExpenditureItemClaims.RULE);
    all.add(ThreePublicExpenseClaims.RULE);
    all.add(OperatingCostClaims.RULE);
    all.add(ProcurementTotalClaims.RULE);
    all.add(DepartmentTargetFundClaims.RULE);
    all.add(ProjectTargetClaims.RULE);
    all.add(StateAssetClaims.RULE);
    all.add(RestatedAmounts.RULE);
    all.add(StatedGrowthRates.RULE);
    all.add(ChangeDirections.RULE);
    all.add(ComparisonYears.RULE);
    all.add(ItemAmounts.RULE);
    // ---------------------------------------------------------------- end of 情况说明

    // ---------------------------------------------------------------- 文档结构 (rules.structure)
    all.add(RequiredTables.RULE);
    all.add(PrintedDepartment.RULE);
    all.add(TitleYear.RULE);
    all.add(DeclaredEmptyTables.RULE);
    all.add(UndeclaredEmptyTables.RULE);
    // ---------------------------------------------------------------- end of 文档结构

    // ---------------------------------------------------------------- 文本质量 (rules.quality)
    all.add(Placeholders.RULE);
    all.add(Punctuation.RULE);
    all.add(DocumentYears.RULE);
    all.add(DocumentKindWords.RULE);
    all.add(ComparisonWords.RULE);
    all.add(ContentsMatchBody.RULE);
    all.add(RequiredParts.RULE);
    // ---------------------------------------------------------------- end of 文本质量

    // ---------------------------------------------------------------- 绩效目标表 (rules.performance)
    all.add(FundingSourcesAddUp.RULE);
    all.add(AnnualFundsBounded.RULE);
    all.add(AnnualFundsMatchProject.RULE);
    all.add(SheetPerProject.RULE);
    all.add(ProjectNameMatches.RULE);
    all.add(ImplementingUnitMatches.RULE);
    all.add(IndicatorsComplete.RULE);
    all.add(SatisfactionValues.RULE);
    all.add(CostIndicators.RULE);
    all.add(AttributeFitsPeriod.RULE);
    all.add(FilingDate.RULE);
    all.add(SupervisingDepartment.RULE);
    all.add(IndicatorValueFormat.RULE);
    all.add(DepartmentSheetSourcesMatchDirections.RULE);
    all.add(DepartmentSheetMatchesTables.RULE);
    all.add(DepartmentSheetStaffAndUnits.RULE);
    all.add(DepartmentSheetEstablishment.RULE);
    // ---------------------------------------------------------------- end of 绩效目标表

    // ---------------------------------------------------------------- 部门决算 (rules.finals)
    all.add(FinalIncomeTotal.RULE);
    all.add(FinalExpenditureTotal.RULE);
    all.add(FinalBalance.RULE);
    all.add(FiscalFinalRowTotals.RULE);
    all.add(FiscalFinalTotals.RULE);
    all.add(FiscalFinalFundBalance.RULE);
    all.add(FinalIncomeTableRowTotals.RULE);
    all.add(FinalIncomeTableHierarchy.RULE);
    all.add(FinalExpenditureTableRowTotals.RULE);
    all.add(FinalExpenditureTableHierarchy.RULE);
    all.add(GeneralBudgetFinalTotals.RULE);
    all.add(FundFinalTableTotals.RULE);
    all.add(FiscalFinalExpenditureTotals.RULE);
    all.add(FinalIncomeTableMatchesSummary.RULE);
    all.add(FinalExpenditureTableMatchesSummary.RULE);
    all.add(GeneralBudgetFinalMatchesFiscalSummary.RULE);
    all.add(GeneralBudgetWithinExpenditure.RULE);
    all.add(BasicFinalEconomicTotals.RULE);
    all.add(ThreePublicFinalTotals.RULE);
    all.add(EmptyFundTablesWithoutMoney.RULE);
    // ---------------------------------------------------------------- end of 部门决算
    // ---------------------------------------------------------------- 部门决算 情况说明 (rules.finalnarrative)
    all.add(FinalTotalClaims.RULE);
    all.add(FinalShareClaims.RULE);
    all.add(FinalGrowthRates.RULE);
    all.add(FinalFiscalTotals.RULE);
    all.add(FinalGeneralBudgetClaims.RULE);
    all.add(FinalItemClaims.RULE);
    all.add(FinalCompletionRates.RULE);
    all.add(FinalBasicSplit.RULE);
    all.add(FinalBasicAgainstTables.RULE);
    all.add(FinalThreePublicClaims.RULE);
    all.add(FinalOperatingCosts.RULE);
    all.add(FinalProcurementTotal.RULE);
    all.add(FinalProcurementShares.RULE);
    all.add(FinalVehicleCount.RULE);
    all.add(FinalStatedNone.RULE);
    // ---------------------------------------------------------------- end of 部门决算 情况说明

    // ---------------------------------------------------------------- 合理性 (rules.soft)
    all.add(PersonnelPublicAssignment.RULE);
    all.add(SocialSecurityMatchesFunctionCodes.RULE);
    all.add(RunningCostItemsBasicOnly.RULE);
    all.add(LandFundIncomeMatchesExpenditure.RULE);
    all.add(VehiclesWithinAuthorized.RULE);
    all.add(AssetReferenceDate.RULE);
    all.add(UnitCountsAgree.RULE);
    all.add(PurchasedVersusProcuredServices.RULE);
    all.add(IncomeSharesSumToHundred.RULE);
    // ---------------------------------------------------------------- end of 合理性

    return all;
  }

  /**
   * The rules that need the catalog edition, in running order: the code rules (C1–C4) and N20 (the
   * narrative's 类 names against the edition's former names) and Q6 (the narrative's 类/款/项 names).
   *
   * @param edition the catalog edition (政府收支分类科目) the rules check against
   * @return a new mutable list of the rules
   */
  public static List<Rule<DepartmentBudget>> codeRules(Edition edition) {
    Objects.requireNonNull(edition, "edition");
    List<Rule<DepartmentBudget>> all = new ArrayList<>();

    // ---------------------------------------------------------------- 科目编码 (rules.code)
    all.add(new KnownCode(edition));
    all.add(new CatalogName(edition));
    all.add(new EconomicCodePair(edition));
    all.add(CodeHierarchy.RULE);
    // ---------------------------------------------------------------- end of 科目编码
    // the narrative's 类 names against the edition's former names (rules.narrative)
    all.add(new FormerClassNames(edition));
    // the narrative's 类/款/项 names against the tables and the edition (rules.quality)
    all.add(new ClassificationNames(edition));

    return all;
  }
}
