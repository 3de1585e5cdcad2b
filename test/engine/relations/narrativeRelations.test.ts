/**
 * Issue 10 item 1: the rules that word their own findings (narrative-subject-item, narrative-performance-targets,
 * narrative-itemised, project-cost-indicator) state their relations, with text terms spanning the digits they
 * state, so the diagnosis offers a fix that rewrites just those digits.
 */
import * as fs from 'fs';
import * as path from 'path';
import { readWorkbookFile } from '../../../src/cli/readWorkbookFile';
import { checkWorkbook, type CheckResult } from '../../../src/engine/checkWorkbook';
import type { Relation, RelationTerm } from '../../../src/engine/relations/types';
import { ROOT } from '../../cli/runCli';

const WANLI = path.resolve(ROOT, '..', 'shared', 'real', 'budget', 'sh-putuo-wanli-2023.xlsx');

async function check(file: string): Promise<CheckResult> {
  return checkWorkbook((await readWorkbookFile(file)).grid);
}

const digits = (t: RelationTerm) => t.text && t.text.paragraph.slice(t.text.start, t.text.end);
const of = (result: CheckResult, ruleId: string): Relation[] =>
  (result.relations ?? []).filter((r) => r.ruleId === ruleId);

describe('the seed sample', () => {
  let result: CheckResult;
  beforeAll(async () => {
    result = await check(path.join(ROOT, 'assets', 'samples', 'sample-2024.xlsx'));
  });

  test('劳务派遣人员经费: the cost indicator ≤14.06 fails against 预算数 14.03, the fix keeps the ≤', () => {
    const failing = of(result, 'project-cost-indicator').filter((r) => r.status !== 'holds');
    expect(failing).toHaveLength(1);
    expect(digits(failing[0].terms[0])).toBe('14.06');
    const finding = result.findings.find((f) => f.ruleId === 'project-cost-indicator');
    expect(failing[0].finding).toBe(finding);
    expect(finding?.fix).toMatchObject({ value: '14.03', cellText: '≤14.03' });
    // The projects whose single cost indicator states the budget hold.
    expect(of(result, 'project-cost-indicator').filter((r) => r.status === 'holds').length).toBeGreaterThan(0);
  });

  test('the 机关运行经费 list: its sum fails against the stated total, every item a text term; items match their rows', () => {
    const relations = of(result, 'narrative-itemised');
    const sum = relations.find((r) => r.terms.length > 2);
    expect(sum?.status).toBe('fails');
    expect(sum?.terms.every((t) => t.text !== undefined)).toBe(true);
    expect(sum && digits(sum.terms[0])).toBe('24.79');
    const items = relations.filter((r) => r.terms.length === 2);
    expect(items.length).toBeGreaterThan(0);
    expect(items.every((r) => r.status === 'holds' && r.terms[0].text && !r.terms[1].text)).toBe(true);
  });
});

(fs.existsSync(WANLI) ? describe : describe.skip)('sh-putuo-wanli-2023.xlsx', () => {
  let result: CheckResult;
  beforeAll(async () => {
    result = await check(WANLI);
  });

  test('each 科目 item is a relation against its 项 row, and they hold', () => {
    const rows = of(result, 'narrative-subject-item').filter((r) => !r.terms[1].text);
    expect(rows.length).toBeGreaterThan(10);
    expect(rows.every((r) => r.status === 'holds')).toBe(true);
  });

  test('the 2023年预算安排 441.25 disagrees with its heading 220.63: the fix rewrites the 441.25', () => {
    const failing = of(result, 'narrative-subject-item').filter((r) => r.status !== 'holds');
    expect(failing).toHaveLength(1);
    expect(failing[0].terms.map(digits)).toEqual(['220.63', '441.25']);
    const fix = failing[0].finding?.fix;
    expect(fix?.value).toBe('220.63');
    expect(fix?.text).toContain('2023年预算安排220.63万元');
  });

  test('the stated 项目预算资金 3328.13 fails against Σ 年度资金申请总额: the fix is 3351.33', () => {
    const [relation] = of(result, 'narrative-performance-targets');
    expect(relation.status).toBe('fails');
    expect(digits(relation.terms[0])).toBe('3328.13');
    expect(relation.terms.length).toBeGreaterThan(2);
    expect(relation.finding?.fix?.value).toBe('3351.33');
  });
});
