import java.math.RoundingMode;
import java.util.List;
import org.yusuan.budget.code.FunctionCode;
import org.yusuan.budget.json.BudgetJson;
import org.yusuan.budget.money.MoneyUnit;
import org.yusuan.budget.money.WanYuan;

/** Runs as a single-file program: see README.md, "Set up". */
public class QuickStart {
  public static void main(String[] args) throws Exception {
    WanYuan basic = WanYuan.parse("5,500.87");                    // 万元, exact to the fen
    WanYuan carried = WanYuan.parse("4,865,500元");                // any printed unit
    WanYuan total = basic.plus(carried);
    System.out.println("本年支出合计 " + total + " 万元 = " + total.to(MoneyUnit.YUAN) + " 元");
    System.out.println("三等分 " + total.allocate(1, 1, 1) + " (parts sum to " + WanYuan.sum(total.allocate(1, 1, 1)) + ")");
    System.out.println("四舍五入到万元 " + WanYuan.parse("0.016667").rounded(2, RoundingMode.HALF_UP));
    FunctionCode code = FunctionCode.parse("2200101");             // 项 under 22001 under 220
    System.out.println(code + " " + code.level().chineseName() + ", ancestors " + code.ancestors());
    System.out.println(BudgetJson.mapper().writeValueAsString(List.of(code, total)));
    try {
      WanYuan.parse("13,487.4250001");
    } catch (IllegalArgumentException e) {
      System.out.println(e.getMessage());
    }
  }
}
