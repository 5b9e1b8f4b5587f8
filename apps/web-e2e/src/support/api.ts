import { BASE_URL, DEMO_PASSWORD } from './portal';

export type Json = Record<string, unknown>;

/**
 * A JSON call to the portal's API, as a spec's set-up makes it: anything but a 2xx fails the test
 * with the method, path, status and body, so a broken set-up names itself.
 */
export async function call(path: string, method: string, body?: object, token?: string): Promise<Json> {
  const response = await fetch(`${BASE_URL}${path}`, {
    method,
    headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
    body: body === undefined || method === 'GET' ? undefined : JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
  return response.status === 204 ? {} : ((await response.json()) as Json);
}

/** A demo account's access token. */
export async function tokenOf(username: string): Promise<string> {
  return (await call('/api/auth/login', 'POST', { username, password: DEMO_PASSWORD })).accessToken as string;
}

/**
 * An active programme of the city's own for one run, with ent-a as its approved pilot: the city
 * creates and opens it (`prepare` may set it up further), ent-a applies, 黄岛区 recommends, the
 * city approves. Returns the programme's id and ent-a's organisation.
 */
export async function programmeWithApprovedPilot(
  title: string,
  prepare?: (programmeId: string, city: string) => Promise<void>,
): Promise<{ programmeId: string; pilot: { id: string; name: string } }> {
  const city = await tokenOf('qd-city');
  const programmeId = (await call('/api/programmes', 'POST', { title, year: 2026 }, city)).id as string;
  await call(`/api/programmes/${programmeId}`, 'PATCH', { status: 'active' }, city);
  await prepare?.(programmeId, city);
  const enterprise = await tokenOf('ent-a');
  const created = await call(
    '/api/pilot-applications',
    'POST',
    { programmeId, reasons: '船舶装备制造企业，技能人才集中' },
    enterprise,
  );
  const application = `/api/pilot-applications/${created.id as string}`;
  await call(`${application}/submit`, 'POST', {}, enterprise);
  await call(`${application}/recommend`, 'POST', { reason: '同意推荐' }, await tokenOf('qd-huangdao'));
  await call(`${application}/approve`, 'POST', {}, city);
  const me = await call('/api/auth/me', 'GET', undefined, enterprise);
  return { programmeId, pilot: me.organisation as { id: string; name: string } };
}
