import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readOrientation } from '../../core/files/jpeg-orientation.js';
import { removeOrphanPhotos } from '../../core/files/remove-orphan-photos.js';
import { ScriptedClassifier } from '../support/scripted-classifier.js';
import { eventually, startTestStack, type TestStack } from '../support/test-stack.js';
import { GPS_TEXT, jpegWithMetadata, pngWithMetadata, webpWithMetadata } from './image-fixtures.js';

const RESIDENT = '13700000301'; // 陈大爷, grid CG-01
const NEIGHBOUR = '13700000302'; // another resident of the same building
const LAMP = '幸福小区5栋门口的路灯坏了，晚上很黑';
const LAMP_AGAIN = '幸福小区5栋楼后的路灯也不亮了';
const classifier = new ScriptedClassifier()
  .when(LAMP, { label: 'city_mgmt.facilities', confidence: 0.92 })
  .when(LAMP_AGAIN, { label: 'city_mgmt.facilities', confidence: 0.92 });

describe('photos: upload, attach, serve', () => {
  let stack: TestStack;
  beforeAll(async () => {
    stack = await startTestStack('pglite', { classifier });
  });
  afterAll(async () => stack?.close());

  /** Bearer header only: fetch sets the multipart content type with its boundary. */
  async function bearer(phone: string) {
    return { authorization: (await stack.as(phone)).authorization! };
  }

  async function upload(phone: string, bytes: Buffer, declaredType = 'image/jpeg', name = 'photo.jpg') {
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(bytes)], { type: declaredType }), name);
    const res = await stack.app.request('/api/uploads', { method: 'POST', body: form, headers: await bearer(phone) });
    return { status: res.status, json: (await res.json()) as any };
  }

  async function post(phone: string, url: string, body: unknown) {
    const res = await stack.app.request(url, { method: 'POST', body: JSON.stringify(body), headers: await stack.as(phone) });
    return { status: res.status, json: (await res.json()) as any };
  }

  async function fetchPhoto(url: string, headers: Record<string, string> = {}) {
    const res = await stack.app.request(url, { headers });
    return { status: res.status, type: res.headers.get('content-type'), bytes: Buffer.from(await res.arrayBuffer()) };
  }

  const plainUrl = (url: string) => url.split('?')[0]!;

  it('judges the type by the bytes, not by what the client declares', async () => {
    const png = await upload(RESIDENT, pngWithMetadata(), 'application/octet-stream', 'x.bin');
    expect(png.status).toBe(201);
    expect(png.json.id).toMatch(/^[0-9a-f-]{36}$/);
    expect((await fetchPhoto(png.json.url)).type).toBe('image/png');

    const script = await upload(RESIDENT, Buffer.from('<svg onload="alert(1)"/>'), 'image/png', 'x.png');
    expect(script.status).toBe(400);
    expect(script.json.error.message).toContain('JPG');

    const webp = await upload(RESIDENT, webpWithMetadata(), 'image/jpeg');
    expect(webp.status).toBe(201);
    expect((await fetchPhoto(webp.json.url)).type).toBe('image/webp');
  });

  it('refuses photos over 8 MB with 413, before and after the multipart is read', async () => {
    const justOver = Buffer.concat([pngWithMetadata(), Buffer.alloc(8 * 1024 * 1024 + 1 - pngWithMetadata().length)]);
    expect((await upload(RESIDENT, justOver)).status).toBe(413);
    const wayOver = Buffer.alloc(12 * 1024 * 1024, 0xff);
    const res = await upload(RESIDENT, wayOver);
    expect(res.status).toBe(413);
    expect(res.json.error.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('removes uploads never attached to a report after ORPHAN_UPLOAD_HOURS, and keeps attached ones', async () => {
    const orphan = await upload(RESIDENT, pngWithMetadata());
    const used = await upload(RESIDENT, pngWithMetadata());
    expect((await post(RESIDENT, '/api/reports', { text: '幸福小区3栋楼下的长椅坏了一条腿', photoIds: [used.json.id] })).status).toBe(201);
    const pathOf = async (id: string) => (await stack.ctx.db.selectFrom('report_photos').select('path').where('id', '=', id).executeTakeFirst())?.path;
    const orphanPath = (await pathOf(orphan.json.id))!;
    // Fresh uploads stay: the resident may still be writing the report.
    expect((await removeOrphanPhotos(stack.ctx)).removed).toBe(0);
    const old = new Date(Date.now() - (stack.ctx.config.ORPHAN_UPLOAD_HOURS + 1) * 3600_000);
    await sql`update report_photos set created_at = ${old} where id in (${orphan.json.id}, ${used.json.id})`.execute(stack.ctx.db);
    expect((await removeOrphanPhotos(stack.ctx)).removed).toBe(1);
    expect(await pathOf(orphan.json.id)).toBeUndefined();
    expect(await stack.ctx.files.get(orphanPath)).toBeUndefined();
    expect(await pathOf(used.json.id)).toBeDefined();
    expect((await post(RESIDENT, '/api/reports', { text: '幸福小区5栋的井盖松了', photoIds: [orphan.json.id] })).status).toBe(400);
  });

  it('needs a login and a file', async () => {
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(pngWithMetadata())]), 'a.png');
    expect((await stack.app.request('/api/uploads', { method: 'POST', body: form })).status).toBe(401);
    const noFile = new FormData();
    noFile.append('other', 'x');
    expect((await stack.app.request('/api/uploads', { method: 'POST', body: noFile, headers: await bearer(RESIDENT) })).status).toBe(400);
  });

  it('stores the photo without EXIF or GPS, attaches it to the report and shows it only to those who may read the report', async () => {
    const up = await upload(RESIDENT, jpegWithMetadata(6));
    expect(up.status).toBe(201);
    const stored = await fetchPhoto(up.json.url);
    expect(stored.status).toBe(200);
    expect(stored.type).toBe('image/jpeg');
    expect(stored.bytes.includes(Buffer.from(GPS_TEXT))).toBe(false);
    expect(stored.bytes.includes(Buffer.from('ICC_PROFILE'))).toBe(false);
    const app1 = stored.bytes.indexOf(Buffer.from([0xff, 0xe1]));
    expect(readOrientation(stored.bytes.subarray(app1 + 4, app1 + 2 + stored.bytes.readUInt16BE(app1 + 2)))).toBe(6);

    // before it is attached, only the uploader sees it
    expect((await fetchPhoto(plainUrl(up.json.url), await bearer(RESIDENT))).status).toBe(200);
    expect((await fetchPhoto(plainUrl(up.json.url), await bearer(NEIGHBOUR))).status).toBe(404);

    const submitted = await post(RESIDENT, '/api/reports', { text: LAMP, photoIds: [up.json.id] });
    expect(submitted.status).toBe(201);
    expect(submitted.json.report.photos).toEqual([{ id: up.json.id, url: expect.stringContaining(`/api/photos/${up.json.id}?`), kind: 'report' }]);

    // another resident: not with their token, not with a forged or expired signature, not without a login
    expect((await fetchPhoto(plainUrl(up.json.url), await bearer(NEIGHBOUR))).status).toBe(404);
    expect((await fetchPhoto(`${plainUrl(up.json.url)}?exp=9999999999&sig=${'A'.repeat(43)}`)).status).toBe(401);
    expect((await fetchPhoto(plainUrl(up.json.url))).status).toBe(401);
    expect((await fetchPhoto(`/api/photos/00000000-0000-4000-8000-000000000000`, await bearer(RESIDENT))).status).toBe(404);

    // the assigned grid worker reads the report, so sees the photo
    const ticket = submitted.json.report.ticket;
    const assigned = await eventually(async () => {
      const res = await stack.app.request(`/api/reports/${ticket}`, { headers: await stack.as(RESIDENT) });
      const { report } = (await res.json()) as any;
      return report.status === 'assigned' && report;
    });
    const worker = await stack.ctx.repos.people.findByIds([(await stack.ctx.repos.reports.findByTicket(ticket))!.assignee_id!]);
    expect(assigned.photos).toHaveLength(1);
    expect((await fetchPhoto(plainUrl(up.json.url), await bearer(worker[0]!.phone!))).status).toBe(200);
  });

  it('attaches only the uploader’s own, unattached photos', async () => {
    const mine = await upload(RESIDENT, pngWithMetadata());
    const theirs = await upload(NEIGHBOUR, pngWithMetadata());
    const stolen = await post(RESIDENT, '/api/reports', { text: '楼道灯不亮了，麻烦看看', photoIds: [mine.json.id, theirs.json.id] });
    expect(stolen.status).toBe(400);
    // nothing was stored: the neighbour can still use theirs, and mine is still free
    expect((await post(NEIGHBOUR, '/api/reports', { text: '小区门口积水很深', photoIds: [theirs.json.id] })).status).toBe(201);
    expect((await post(RESIDENT, '/api/reports', { text: '楼道灯不亮了，麻烦看看', photoIds: [mine.json.id] })).status).toBe(201);
    expect((await post(RESIDENT, '/api/reports', { text: '同一张照片再用一次', photoIds: [mine.json.id] })).status).toBe(400);
  });

  it('lets the worker attach photos of the finished work when resolving, and only then', async () => {
    const submitted = await post(RESIDENT, '/api/reports', { text: LAMP_AGAIN });
    const ticket = submitted.json.report.ticket;
    const row = await eventually(async () => {
      const r = await stack.ctx.repos.reports.findByTicket(ticket);
      return r?.status === 'assigned' && r;
    });
    const [worker] = await stack.ctx.repos.people.findByIds([row.assignee_id!]);
    const proof = await upload(worker!.phone!, jpegWithMetadata(1));
    const actions = `/api/reports/${ticket}/actions`;
    expect((await post(worker!.phone!, actions, { action: 'accept', photoIds: [proof.json.id] })).status).toBe(400);
    expect((await post(worker!.phone!, actions, { action: 'accept' })).status).toBe(200);
    const resolved = await post(worker!.phone!, actions, { action: 'resolve', note: '已更换灯泡', photoIds: [proof.json.id] });
    expect(resolved.status).toBe(200);
    expect(resolved.json.report.photos).toMatchObject([{ id: proof.json.id, kind: 'resolution' }]);
    // the resident who reported it sees the proof
    expect((await fetchPhoto(plainUrl(proof.json.url), await bearer(RESIDENT))).status).toBe(200);
  });
});
