/**
 * Shanghai's 财政项目支出绩效目标填报表: 年度资金申请总额 = 当年财政拨款 + 上年结转资金 + 其他资金, and 项目资金总额 =
 * 财政资金 + 其他资金, in 元 (wanli 2023 form 5 layout: C6 项目资金总额, C7 财政资金, C9 其他资金; E6 年度资金申请总额,
 * E7 当年财政拨款, E8 上年结转资金, E9 其他资金).
 */
import Decimal from 'decimal.js';
import { rules } from '../../../../src/engine/rules/projects';
import { projectAnnualFundsRule } from '../../../../src/engine/rules/projects/projectAnnualFunds';
import { projectOverallFundsRule } from '../../../../src/engine/rules/projects/projectOverallFunds';
import type { Figure, ProjectBlock, ProjectPerformanceTable } from '../../../../src/engine/tables/types';
import { figure, textCell } from '../../../helpers/figures';
import { contextOf } from '../../../helpers/ruleContextBuilder';
import { tableBase } from '../../../helpers/ruleContextBuilder';

const SHEET = '绩效目标5-公共服务设施运行经费';
const yuan = (value: string | null, address: string): Figure => ({
  ...figure(value, address, SHEET),
  unit: { measure: '元', step: new Decimal(0) },
});

type Amounts = Record<'total' | 'fiscal' | 'other' | 'annual' | 'appropriation' | 'carryover' | 'annualOther', string>;
const CONSISTENT: Amounts = {
  total: '10903043.00',
  fiscal: '10903043.00',
  other: '0',
  annual: '10903043.00',
  appropriation: '10903043.00',
  carryover: '0',
  annualOther: '0',
};
const ADDRESS: Record<keyof Amounts, string> = {
  total: 'C6',
  fiscal: 'C7',
  other: 'C9',
  annual: 'E6',
  appropriation: 'E7',
  carryover: 'E8',
  annualOther: 'E9',
};

/** One form as the reader gives it: the block's budget is the annual total; no 预算数/财政资金 fields of Hebei. */
function form(amounts: Partial<Amounts> = {}, printed: Array<keyof Amounts> = Object.keys(ADDRESS) as never) {
  const a = { ...CONSISTENT, ...amounts };
  const f = (k: keyof Amounts) => (printed.includes(k) ? yuan(a[k], ADDRESS[k]) : undefined);
  const annual = yuan(a.annual, ADDRESS.annual);
  const block: ProjectBlock = {
    range: { top: 0, left: 0, bottom: 20, right: 5 },
    title: textCell('财政项目支出绩效目标填报表', 'A1', SHEET),
    name: textCell('公共服务设施运行经费', 'B3', SHEET),
    budget: annual,
    plan: [],
    indicators: [],
    funds: {
      project: { total: yuan(a.total, ADDRESS.total), fiscal: f('fiscal'), other: f('other') },
      annual: { total: annual, appropriation: f('appropriation'), carryover: f('carryover'), other: f('annualOther') },
    },
  };
  const table: ProjectPerformanceTable = { ...tableBase('project_performance', SHEET), projects: [block] };
  return table;
}

const run = (t: ProjectPerformanceTable) =>
  rules.flatMap((r) => r.check(contextOf([t], { workbook: { template: 'shanghai' } })));
const at = (address: string) => ({ sheet: SHEET, address });

describe('绩效目标填报表 funds (project-annual-funds, project-overall-funds)', () => {
  it('are registered in the projects family', () => {
    expect(rules).toEqual(expect.arrayContaining([projectAnnualFundsRule, projectOverallFundsRule]));
  });

  it('find nothing on a consistent form, and no other project rule speaks on the form’s absent fields', () => {
    expect(run(form())).toEqual([]);
  });

  it('wanli form 5: 当年财政拨款 11,419,043 above the annual total 10,903,043 is an error naming the part, then the total', () => {
    const findings = run(form({ appropriation: '11419043.00' }));
    expect(findings.map((f) => [f.ruleId, f.severity, f.expected, f.actual])).toEqual([
      ['project-annual-funds', 'error', '11419043.00', '10903043.00'],
    ]);
    expect(findings[0].cells.slice(0, 2)).toEqual([at('E7'), at('E6')]);
    expect(findings[0].cells).toEqual(expect.arrayContaining([at('E8'), at('E9')]));
  });

  it.each(['annual', 'appropriation', 'carryover', 'annualOther'] as const)(
    'a changed %s gives one annual-funds error naming that cell',
    (key) => {
      const changed = new Decimal(CONSISTENT[key]).plus(1000).toFixed(2);
      // Changing the annual total leaves 项目资金总额 behind too; keep them together to test the sum alone.
      const amounts: Partial<Amounts> =
        key === 'annual' ? { annual: changed, total: changed, fiscal: changed } : { [key]: changed };
      const findings = run(form(amounts)).filter((f) => f.ruleId === 'project-annual-funds');
      expect(findings).toHaveLength(1);
      expect(findings[0].severity).toBe('error');
      expect(findings[0].cells).toContainEqual(at(ADDRESS[key]));
    },
  );

  it('names the total first when 项目资金总额 does not confirm it', () => {
    const [f] = run(form({ annual: '10000000.00' })).filter((x) => x.ruleId === 'project-annual-funds');
    expect(f.cells[0]).toEqual(at('E6'));
  });

  it.each(['total', 'fiscal', 'other'] as const)(
    'a changed %s gives one overall-funds error naming that cell',
    (key) => {
      const changed = new Decimal(CONSISTENT[key]).plus(1000).toFixed(2);
      const findings = run(form({ [key]: changed })).filter((f) => f.ruleId === 'project-overall-funds');
      expect(findings).toHaveLength(1);
      expect(findings[0].cells).toContainEqual(at(ADDRESS[key]));
    },
  );

  it('leave a part the form does not print out (never read as 0), and skip a form with no parts', () => {
    // 上年结转资金 not printed: 10,903,043 = 10,903,042 + 1 (其他资金) still adds up.
    expect(
      run(
        form({ appropriation: '10903042.00', annualOther: '1.00' }, [
          'appropriation',
          'annualOther',
          'fiscal',
          'other',
        ]),
      ),
    ).toEqual([]);
    expect(run(form({ appropriation: '1.00', fiscal: '1.00' }, []))).toEqual([]);
  });

  it('compare 元 to the fen exactly: 1 分 off is an error, not 尾差', () => {
    const findings = run(form({ appropriation: '10903043.01' }));
    expect(findings.map((f) => f.severity)).toEqual(['error']);
  });
});
