/**
 * End to end: the Taro h5 build (miniapp/dist/h5) served under /app by the real API (createApp over
 * a seeded demo town, PGlite, real Redis and the pipeline workers), driven in Debian's Chromium.
 * A resident reports with a photo and sees it assigned; the grid worker accepts and resolves it;
 * the resident rates it; the centre's dashboard counts it. Screenshots go to test/artifacts/e2e/.
 *
 * Needs /usr/bin/chromium and fonts-wqy-microhei (apt-get install -y chromium fonts-wqy-microhei;
 * never a downloaded browser) and the h5 build (bash scripts/build-miniapp.sh h5). SKIPPED, with the
 * reason printed on stderr, when either is missing; nothing else makes it skip.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it, onTestFailed } from 'vitest';
import { serve, type ServerType } from '@hono/node-server';
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { startTestStack, eventually, type TestStack } from '../support/test-stack.js';
import { ScriptedClassifier } from '../support/scripted-classifier.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const H5 = path.join(ROOT, 'miniapp/dist/h5');
const ARTIFACTS = path.join(ROOT, 'test/artifacts/e2e');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const RESIDENT = { name: '陈大爷', phone: '13700000301' }; // 幸福小区5栋, grid CG-01
const STAFF = { name: '孙丽华', phone: '13800000002' }; // 城关街道 centre
const TEXT = '幸福小区5栋门口的路灯坏了一个星期，晚上很黑，老人出门不方便';
const ADDRESS = '幸福小区5栋2单元门口';
// a 64×48 PNG, the photo the resident attaches
const PHOTO_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAEAAAAAwCAIAAAAuKetIAAAAZElEQVR4nO3PUQkAIBTAwBfHiEY0liH8OITBAtzm7PV1wwUNaEEDWtCAFjSgBQ1oQQNa0IAWNKAFDWhBA1rQgBY0oAUNaEEDWtCAFjSgBQ1oQQNa0IAWNKAFDWhBA1rQgBY8dgGJouDxWSHk+wAAAABJRU5ErkJggg==',
  'base64',
);

const skipReason = !existsSync(CHROMIUM)
  ? `${CHROMIUM} is missing: apt-get update && apt-get install -y chromium fonts-wqy-microhei (never a downloaded browser)`
  : !existsSync(path.join(H5, 'index.html'))
    ? `the h5 build is missing: bash scripts/build-miniapp.sh h5`
    : null;
if (skipReason) console.error(`[e2e] mini-program test SKIPPED: ${skipReason}`);

// Skipped only without Debian's Chromium or the h5 build, which `npm test` installs and builds first.
describe.skipIf(skipReason !== null)('mini-program h5, end to end in Chromium', () => {
  let stack: TestStack;
  let server: ServerType;
  let base: string;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let shot = 0;
  const pageErrors: string[] = [];

  const visible = (selector: string): Locator => page.locator(selector).filter({ visible: true }).first();
  async function screenshot(name: string): Promise<void> {
    await page.waitForTimeout(300); // let fonts and transitions settle
    await page.screenshot({ path: path.join(ARTIFACTS, `${String(++shot).padStart(2, '0')}-${name}.png`) });
  }
  async function toastGone(): Promise<void> {
    await page.locator('.taro__toast').first().waitFor({ state: 'hidden', timeout: 5000 }).catch(() => undefined);
  }
  /** Sign out, open the login page afresh and pick a demo person. */
  async function loginAs(name: string): Promise<void> {
    await page.goto(`${base}/app/#/pages/login/index`);
    await page.evaluate(() => localStorage.clear());
    await page.reload();
    await visible(`.demo-user:has-text("${name}")`).click();
    await visible('[data-testid=home]').waitFor();
  }
  /** Waits until the element's text contains (or equals) the expected text. */
  async function expectText(locator: Locator, text: string, exact = false): Promise<void> {
    const read = () => locator.innerText().then((t) => t.trim(), () => '');
    if (exact) await expect.poll(read, { timeout: 15_000 }).toBe(text);
    else await expect.poll(read, { timeout: 15_000 }).toContain(text);
  }
  async function apiAs(phone: string, url: string): Promise<any> {
    const res = await stack.app.request(url, { headers: await stack.as(phone) });
    expect(res.status).toBe(200);
    return res.json();
  }

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    writeFileSync(path.join(ARTIFACTS, 'photo.png'), PHOTO_PNG);

    const classifier = new ScriptedClassifier().when(TEXT, { intent: 'report', label: 'city_mgmt.facilities', urgency: 'normal', confidence: 0.92 });
    stack = await startTestStack('pglite', { classifier });
    server = await new Promise<ServerType>((resolve) => {
      const s = serve({ fetch: stack.app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s));
    });
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
    });
    // a phone: what residents actually use
    context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 1, locale: 'zh-CN', timezoneId: 'Asia/Shanghai', hasTouch: true });
    page = await context.newPage();
    page.setDefaultTimeout(15_000);
    page.on('pageerror', (e) => pageErrors.push(e.message));
  }, 15 * 60_000);

  afterAll(async () => {
    await context?.close().catch(() => undefined);
    await browser?.close().catch(() => undefined);
    await new Promise((r) => (server ? server.close(() => r(undefined)) : r(undefined)));
    await stack?.close();
  });

  it('a resident reports with a photo, a worker accepts and resolves, the resident rates, the dashboard counts it', async () => {
    onTestFailed(async () => {
      await page.screenshot({ path: path.join(ARTIFACTS, 'failure.png') }).catch(() => undefined);
      if (pageErrors.length) console.error('[e2e] page errors:', pageErrors);
    });
    // — resident: 我要反映 with a photo —
    await loginAs(RESIDENT.name);
    await screenshot('resident-home');
    await visible('#tile-report').click();
    await visible('#report-text textarea').fill(TEXT);
    await expectText(visible('#suggestion'), '市政设施'); // the live suggestion while typing
    const chooser = page.waitForEvent('filechooser');
    await visible('#add-photo').click();
    await (await chooser).setFiles(path.join(ARTIFACTS, 'photo.png'));
    await visible('.photo .photo-img').waitFor();
    // the photo went to POST /api/uploads as soon as it was chosen
    expect((await stack.ctx.db.selectFrom('report_photos').select('id').execute()).length).toBe(1);
    await expectText(visible('.hint:has-text("已选")'), '已选 1/6');
    await visible('#address input').fill(ADDRESS);
    await screenshot('resident-report-form');
    await visible('#submit-report').click();
    const ticket = (await visible('#ticket').innerText()).trim();
    expect(ticket).toMatch(/^[A-Z]+\d{8}-\d{4}$/);
    await screenshot('resident-report-submitted');

    // the pipeline classifies and routes it; the resident sees it assigned
    const assigned = await eventually(async () => {
      const { report } = await apiAs(RESIDENT.phone, `/api/reports/${ticket}`);
      return report.status === 'assigned' ? report : undefined;
    }, 20_000, 100);
    expect(assigned.photos?.length ?? 1).toBeGreaterThan(0);
    await visible('#view-report').click();
    await visible('[data-testid=detail][data-status=assigned]').waitFor();
    await expectText(visible('[data-testid=report-info] .status-chip'), '已分派', true);
    await expectText(visible('[data-testid=report-info]'), String(assigned.assigneeName));
    await visible('[data-testid=report-info] .photo-img').waitFor();
    await screenshot('resident-sees-assigned');

    // — the grid worker: 我的任务 → accept → resolve —
    await loginAs(assigned.assigneeName);
    await visible('#tile-tasks').click();
    await visible(`.report-card[data-ticket="${ticket}"]`).click();
    await visible('[data-testid=task][data-status=assigned]').waitFor();
    await screenshot('worker-task');
    await visible('#act-accept').click();
    await visible('[data-testid=task][data-status=accepted]').waitFor();
    await toastGone();
    await visible('#act-resolve').click();
    await visible('#action-note textarea').fill('已联系供电所更换灯泡，路灯恢复正常。');
    const proof = page.waitForEvent('filechooser');
    await visible('[data-testid=form-resolve] #add-photo').click();
    await (await proof).setFiles(path.join(ARTIFACTS, 'photo.png'));
    await visible('[data-testid=form-resolve] .photo .photo-img').waitFor();
    await screenshot('worker-resolve-form');
    await visible('#action-submit').click();
    await visible('[data-testid=task][data-status=resolved]').waitFor();
    const resolved = (await apiAs(RESIDENT.phone, `/api/reports/${ticket}`)).report;
    expect(resolved.photos.map((p: { kind: string }) => p.kind)).toEqual(['report', 'resolution']);
    await toastGone();
    await screenshot('worker-resolved');

    // — the resident rates it —
    await loginAs(RESIDENT.name);
    await visible('#tile-mine').click();
    await expectText(visible(`.report-card[data-ticket="${ticket}"] .status-chip`), '已办结', true);
    await screenshot('resident-list');
    await visible(`.report-card[data-ticket="${ticket}"]`).click();
    await visible('[data-testid=detail][data-status=resolved]').waitFor();
    await visible('[data-testid=report-info] .photo-img[data-kind=resolution]').waitFor();
    await visible('#open-rate').click();
    await visible('[data-star="5"]').click();
    await visible('#panel-note textarea').fill('网格员来得很快，谢谢！');
    await screenshot('resident-rating');
    await visible('#panel-submit').click();
    // 评 closes the case as fixed, with the rating recorded
    await visible('[data-testid=detail][data-status=closed]').waitFor();
    await expectText(visible('[data-testid=report-info]'), '已评价');
    await toastGone();
    await screenshot('resident-rated');

    // — the centre's dashboard counts it —
    await loginAs(STAFF.name);
    await visible('#tile-dashboard').click();
    await visible('#kpi-total').waitFor();
    expect(Number(await visible('#kpi-total').innerText())).toBeGreaterThanOrEqual(1);
    await expectText(visible('#chart-category'), '城市管理');
    await expectText(visible('#chart-grid'), '幸福社区第一网格');
    await expectText(visible('[data-testid=dashboard]'), '1 人评');
    await screenshot('staff-dashboard');

    expect(pageErrors).toEqual([]);
  }, 180_000);
});
