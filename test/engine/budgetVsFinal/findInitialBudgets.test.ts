import { findInitialBudgets } from '../../../src/engine/budgetVsFinal/findInitialBudgets';

const summary = (text: string) =>
  findInitialBudgets(text).map((s) => [s.kind, s.names.join('/'), s.amount.value.toFixed(2)]);

describe('findInitialBudgets (决算 情况说明 五（三）)', () => {
  it('finds the whole 一般公共预算财政拨款支出 年初预算 (财政局 2024)', () => {
    expect(
      summary('一般公共预算财政拨款支出年初预算为2993.92万元，支出决算为2940.05万元，完成年初预算的98.20%。其中：'),
    ).toEqual([['total', '', '2993.92']]);
  });

  it("finds an item's 年初预算 under its 类/款/项 names, thousands separators and all", () => {
    expect(
      summary(
        '1、一般公共服务支出（类）财政事务（款）行政运行（项）。主要用于：局本部人员经费。年初预算为1,560.05万元，支出决算为1511.89万元。',
      ),
    ).toEqual([['item', '一般公共服务支出/财政事务/行政运行', '1560.05']]);
  });

  it('keeps several items of one cell apart and takes no 全年预算 (the 调整预算 wording)', () => {
    expect(
      summary(
        '其中：1、住房保障支出（类）住房改革支出（款）住房公积金（项）。年初预算为187.75万元。2、卫生健康支出（类）行政事业单位医疗（款）行政单位医疗（项）。全年预算为62.29万元，支出决算为60.99万元。',
      ),
    ).toEqual([['item', '住房保障支出/住房改革支出/住房公积金', '187.75']]);
  });

  it('finds nothing in a 预算 sentence or the 三公 年初预算', () => {
    expect(summary('2025年一般公共预算拨款支出预算9101.68万元。')).toEqual([]);
    expect(summary('“三公”经费财政拨款支出年初预算为0.95万元，支出决算为0.00万元')).toEqual([]);
  });
});
