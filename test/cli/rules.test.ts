import { ALL_RULES } from '../../src/engine/rules';
import { main, type Io } from '../../src/cli/main';

function capture(): Io & { lines: string[]; errors: string[] } {
  const lines: string[] = [];
  const errors: string[] = [];
  return { lines, errors, out: (t) => lines.push(t), err: (t) => errors.push(t) };
}

describe('budget-check rules', () => {
  it('lists every registered rule once, with its family, severity and Chinese title', async () => {
    const io = capture();
    expect(await main(['rules', '--json'], io)).toBe(0);
    const listed = io.lines.map((l) => JSON.parse(l));
    expect(listed.map((r) => r.ruleId)).toEqual(ALL_RULES.map((r) => r.id));
    expect(new Set(listed.map((r) => r.ruleId)).size).toBe(listed.length);
    for (const r of listed) expect(r.title).toMatch(/[\u4e00-\u9fff]/);
  });

  it('as text: one tab-separated line per rule, then what the diagnosis and its fixes are', async () => {
    const io = capture();
    expect(await main(['rules'], io)).toBe(0);
    const text = io.lines.join('\n').split('\n');
    const ruleLines = text.filter((l) => l.includes('\t'));
    expect(ruleLines.map((l) => l.split('\t')[0])).toEqual(ALL_RULES.map((r) => r.id));
    const footer = text.slice(ruleLines.length).join('');
    expect(footer).toContain('修正');
    expect(footer).toContain('budget-check fix');
  });

  it('says which document each rule reads: 决算 for the final-* rules, 预算 for the 预算 ones, 预算和决算 for the rest', async () => {
    const json = capture();
    await main(['rules', '--json'], json);
    const documents = new Map(json.lines.map((l) => JSON.parse(l)).map((r) => [r.ruleId, r.document]));
    expect(documents.get('final-summary-grand')).toBe('final');
    expect(documents.get('narrative-sum')).toBe('budget');
    expect(documents.get('hierarchy-sum')).toBe('any');
    const text = capture();
    await main(['rules'], text);
    const column = new Map(text.lines.filter((l) => l.includes('\t')).map((l) => [l.split('\t')[0], l.split('\t')[3]]));
    expect([column.get('final-summary-grand'), column.get('narrative-sum'), column.get('hierarchy-sum')]).toEqual([
      '部门决算',
      '部门预算',
      '预算和决算',
    ]);
  });

  it('covers all nine check families of BRIEF §3', () => {
    expect(new Set(ALL_RULES.map((r) => r.family))).toEqual(
      new Set([
        'hierarchy',
        'columns',
        'summary',
        'cross-table',
        'economic',
        'projects',
        'assets-procurement',
        'narrative',
        'hygiene',
      ]),
    );
  });
});
