import { type OpenAPIObject } from '@nestjs/swagger';
import { apiSurface, type Operation } from './api-surface';
import { changedTables, fingerprint } from './fingerprint';
import { outcome, randomLike, requiredQuery, sampleBody, send, sessionOf } from './probe-http';
import {
  buildProbeWorld,
  fillPath,
  IDENTITIES,
  type Identity,
  type ProbeWorld,
  ROLE_OF,
} from './probe-world';
import { createTestApp, type TestApp } from '../test-app';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Every route of the OpenAPI document × every role (and no login), the expectation read from the
 * route's own declaration (@Public / @Allow → PERMISSIONS): a role it does not let in is refused
 * with 401/403, an object outside the caller's scope is answered exactly like an id that names
 * nothing, and none of these requests changes the database. A new route is covered as soon as it
 * is in the document; one whose path parameters the probe cannot fill fails with what to add.
 */
describe('probe: authorization matrix', () => {
  let t: TestApp;
  let document: OpenAPIObject;
  let operations: Operation[];
  let world: ProbeWorld;

  beforeAll(async () => {
    t = await createTestApp();
    ({ document, operations } = apiSurface(t.app));
    world = await buildProbeWorld(t);
  }, 120_000);
  afterAll(() => t.close());

  it('refuses undeclared roles, hides foreign objects like random ids, and leaves the database unchanged', async () => {
    const problems: string[] = [];
    const counts = {
      cells: 0,
      requests: 0,
      refusedByRole: 0,
      reads: 0,
      foreignCompared: 0,
      writesLeftToFuzz: 0,
    };
    const before = await fingerprint(t.dataSource);
    /** ids (uuids) of objects `identity` may not see under any fixture kind, with the kind's name */
    const hiddenFrom = (identity: Identity): Array<[string, string]> => {
      const fixtures = Object.entries(world.fixtures);
      const sees = (value: string) =>
        fixtures.some(([, f]) => f.value === value && (f.seenBy === 'shared' || f.seenBy.includes(identity)));
      return fixtures
        .filter(([, f]) => UUID.test(f.value) && !sees(f.value))
        .map(([key, f]) => [f.value, key]);
    };

    for (const op of operations) {
      let url: string;
      let params: ReturnType<typeof fillPath>['params'];
      let query: string;
      try {
        ({ url, params } = fillPath(op.path, world.fixtures));
        query = requiredQuery(op, world.fixtures);
      } catch (error) {
        problems.push((error as Error).message);
        continue;
      }
      const body = sampleBody({ document, ids: world.ids }, op);
      const isRead = op.method === 'get';

      // the identities of one route at once: independent requests, and nine times less waiting
      const cell = async (identity: Identity) => {
        counts.cells++;
        const role = ROLE_OF[identity];
        const allowed = op.policy.public || (role !== undefined && op.policy.roles.includes(role));
        const session = sessionOf(world, identity);

        if (!allowed) {
          const response = await send(t, op, url + query, session, body);
          counts.requests++;
          counts.refusedByRole++;
          const expected = identity === 'anonymous' ? [401] : [401, 403];
          if (!expected.includes(response.status))
            problems.push(
              `${op.key} as ${identity} (not declared): ${outcome(response).text}, expected ${expected.join('/')}`,
            );
          return;
        }

        // parameters naming an object this identity may not see: compare with a random id of that shape
        const foreign = params.filter(
          (p) => p.fixture.seenBy !== 'shared' && !p.fixture.seenBy.includes(identity),
        );
        for (const param of foreign) {
          const real = await send(t, op, url + query, session, body);
          const random = await send(
            t,
            op,
            fillPath(op.path, world.fixtures, { [param.name]: randomLike(param.fixture.value) }).url + query,
            session,
            body,
          );
          counts.requests += 2;
          counts.foreignCompared++;
          const [a, b] = [outcome(real), outcome(random)];
          if (a.signature !== b.signature)
            problems.push(
              `${op.key} as ${identity}: {${param.name}} of another enterprise/district answers "${a.text}" ` +
                `but a random one "${b.text}" (existence leak)`,
            );
          if (a.status < 300)
            problems.push(
              `${op.key} as ${identity}: {${param.name}} of another enterprise/district allowed (${a.status})`,
            );
          if (a.status >= 500 || b.status >= 500)
            problems.push(`${op.key} as ${identity}: ${a.text} / ${b.text}`);
        }
        if (foreign.length > 0) return;

        if (isRead) {
          const response = await send(t, op, url + query, session);
          counts.requests++;
          counts.reads++;
          if (response.status >= 500) problems.push(`${op.key} as ${identity}: ${outcome(response).text}`);
          // a list or a detail never names an object the caller may not see (the audit trail names
          // every object by design: it is the auditor's whole job)
          if (response.status < 300 && op.policy.permission?.resource !== 'auditLog') {
            const text = /json|csv/.test(String(response.headers['content-type'])) ? response.text : '';
            for (const [value, key] of hiddenFrom(identity))
              if (text.includes(value))
                problems.push(
                  `${op.key} as ${identity}: the answer names the ${key} object of another enterprise/district`,
                );
          }
        } else {
          // an allowed write on its own objects changes them: the write fuzz covers it
          counts.writesLeftToFuzz++;
        }
      };
      await Promise.all(IDENTITIES.map(cell));
    }

    const changed = changedTables(before, await fingerprint(t.dataSource));
    if (changed.length) problems.push(`refused requests and reads changed: ${changed.join(', ')}`);
    process.stdout.write(
      `probe matrix: ${operations.length} routes × ${IDENTITIES.length} identities = ${counts.cells} cells, ` +
        `${counts.requests} requests (${counts.refusedByRole} refused by role, ${counts.foreignCompared} foreign-vs-random ` +
        `comparisons, ${counts.reads} reads, ${counts.writesLeftToFuzz} own writes left to the fuzz), ${problems.length} problems\n`,
    );
    expect(problems).toEqual([]);
  }, 300_000);
});
