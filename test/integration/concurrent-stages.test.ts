import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES, isPostgresAvailable } from '../support/databases.js';
import { ScriptedClassifier } from '../support/scripted-classifier.js';
import { startTestStack, type TestStack } from '../support/test-stack.js';
import { classifyReports } from '../../core/reports/classify-report.js';
import { routeReports } from '../../core/reports/route-report.js';

const RESIDENT = '13700000301';
const TEXTS = ['幸福小区6栋门口垃圾堆了三天没人管', '幸福小区7栋的路灯坏了一个星期'];
const classifier = new ScriptedClassifier();
for (const text of TEXTS) classifier.when(text, { label: 'environment.waste', confidence: 0.9 });

for (const engine of ENGINES) {
  // Skipped only when no PostgreSQL server answers (the reason is printed by isPostgresAvailable); PGlite always runs.
  describe.skipIf(engine === 'postgres' && !(await isPostgresAvailable()))(`two jobs for the same reports at once on ${engine}`, () => {
    let stack: TestStack;
    beforeAll(async () => {
      stack = await startTestStack(engine, { classifier, workers: false });
    });
    afterAll(async () => stack?.close());

    // A batch job and the reconciler's single-report job have different ids, so both may run.
    it('classify and route each report once: the second job finds the work done under the row lock', async () => {
      const ids = await stack.submitAll(RESIDENT, TEXTS);
      await Promise.all([classifyReports(stack.ctx, ids), classifyReports(stack.ctx, [ids[1]!]), classifyReports(stack.ctx, ids)]);
      await Promise.all([routeReports(stack.ctx, ids), routeReports(stack.ctx, [ids[0]!]), routeReports(stack.ctx, ids)]);
      for (const id of ids) {
        const actions = (await stack.ctx.repos.reports.timeline(id)).map((e) => e.action);
        expect(actions).toEqual(['submit', 'classify', 'assign']);
        expect((await stack.ctx.repos.reports.findById(id))?.status).toBe('assigned');
      }
    });
  });
}
