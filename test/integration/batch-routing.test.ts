import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES, isPostgresAvailable } from '../support/databases.js';
import { ScriptedClassifier } from '../support/scripted-classifier.js';
import { startTestStack, type TestStack } from '../support/test-stack.js';
import { classifyReports } from '../../core/reports/classify-report.js';
import { routeReports } from '../../core/reports/route-report.js';

const RESIDENT = '13700000301';
// Two reports in grid CG-01 (张伟, 刘芳 on duty), one in CG-03 (杨磊), one in CG-05 (何志强).
const TEXTS = ['幸福小区2栋门口垃圾堆了三天没人管', '幸福小区4栋门口垃圾桶满了没人收', '锦绣路18号门口垃圾没人清', '南街45号门口垃圾堆成山了'];
const classifier = new ScriptedClassifier();
for (const text of TEXTS) classifier.when(text, { label: 'environment.waste', confidence: 0.9 });

for (const engine of ENGINES) {
  // Skipped only when no PostgreSQL server answers (the reason is printed by isPostgresAvailable); PGlite always runs.
  describe.skipIf(engine === 'postgres' && !(await isPostgresAvailable()))(`routing one batch across grids on ${engine}`, () => {
    let stack: TestStack;
    beforeAll(async () => {
      stack = await startTestStack(engine, { classifier, workers: false });
    });
    afterAll(async () => stack?.close());

    it('gives each report its own grid’s worker and spreads one grid’s reports over its workers', async () => {
      const ids = await stack.submitAll(RESIDENT, TEXTS);
      await classifyReports(stack.ctx, ids);
      await routeReports(stack.ctx, ids);

      const people = new Map((await stack.ctx.repos.people.list()).map((p) => [p.id, p.name]));
      const assignees = await Promise.all(ids.map(async (id) => people.get((await stack.ctx.repos.reports.findById(id))!.assignee_id!)));
      expect(new Set(assignees.slice(0, 2))).toEqual(new Set(['张伟', '刘芳']));
      expect(assignees.slice(2)).toEqual(['杨磊', '何志强']);
    });
  });
}
