import { layoutWorkbook } from '../../../scripts/samples/layoutWorkbook';
import { SEED_000 } from '../../../scripts/samples/seed000';
import { rules as assetsProcurement } from '../../../src/engine/rules/assetsProcurement';
import { rules as economic } from '../../../src/engine/rules/economic';
import { rules as hygiene } from '../../../src/engine/rules/hygiene';
import { rules as projects } from '../../../src/engine/rules/projects';
import { recognizeWorkbook } from '../../../src/engine/tables/recognizeWorkbook';

/** Families 5, 6, 7 and 9 over the recognised seed-000 sample workbook: exactly BRIEF §3's two findings. */
describe('families 5, 6, 7, 9 on the seed-000 sample workbook', () => {
  const { grid } = layoutWorkbook(SEED_000);
  const workbook = recognizeWorkbook(grid);
  const findings = [...economic, ...projects, ...assetsProcurement, ...hygiene].flatMap((rule) =>
    rule.check({ workbook, grid, options: { strict: false } }),
  );

  it('reports the 网络执法 missing budget (with the narrative paragraph) and the 劳务派遣 cost indicator only', () => {
    expect(findings.map((f) => [f.ruleId, f.severity])).toEqual([
      ['project-missing-budget', 'error'],
      ['project-cost-indicator', 'warning'],
    ]);
    const [missing, cost] = findings;
    expect(missing.message).toContain('网络执法0.2万元');
    expect(missing.cells.some((c) => c.sheet === workbook.tables.find((t) => t.kind === 'narrative')?.sheet)).toBe(
      true,
    );
    expect(cost.expected).toBe('14.03');
    expect(cost.actual).toBe('14.06');
  });
});
