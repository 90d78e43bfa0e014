package org.yusuan.budget.report;

import java.util.Locale;
import org.yusuan.budget.validation.Languages;

/**
 * The parts of a published 部门预算 as a finance bureau's review checklist (部门预算公开情况检查表) names
 * them, in the checklist's order: the reports group the document's lines and the findings by these.
 */
public enum PartKind {
  /** 封面: the cover, before the table of contents. */
  COVER("封面", "Cover"),
  /** 目录: the table of contents. */
  CONTENTS("目录", "Contents"),
  /** 主要职能: the department's duties (本部门职责). */
  FUNCTIONS("主要职能", "Main functions"),
  /** 机构设置: the department's organisation (机构设置情况). */
  ORGANIZATION("机构设置", "Organisation"),
  /** 名词解释: the glossary. */
  GLOSSARY("名词解释", "Glossary"),
  /** 编制说明: the narrative explaining the budget (预算情况说明). */
  NARRATIVE("编制说明", "Notes on the budget"),
  /** One table, named by its printed title. */
  TABLE("表", "Table"),
  /** 其他相关说明: the narrative's other notes (其他说明). */
  OTHER_NOTES("其他相关说明", "Other notes"),
  /** 项目经费情况说明: notes on project funds. */
  PROJECT_FUNDS("项目经费情况说明", "Project funds"),
  /** 绩效目标表: the performance sheets. */
  SHEETS("绩效目标表", "Performance sheets"),
  /** 全文: findings about the document as a whole, not one part. */
  DOCUMENT("全文", "Whole document");

  private final String chineseName;
  private final String englishName;

  PartKind(String chineseName, String englishName) {
    this.chineseName = chineseName;
    this.englishName = englishName;
  }

  /**
   * {@return the name in {@code locale}: the checklist's Chinese word, or English}
   *
   * @param locale Chinese for zh, else English
   */
  public String displayName(Locale locale) {
    return Languages.isChinese(locale) ? chineseName : englishName;
  }
}
