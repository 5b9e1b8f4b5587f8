import { type OpenAPIObject } from '@nestjs/swagger';
import fc from 'fast-check';
import { type Response } from 'supertest';
import { apiSurface, type Operation, resolve, type Schema } from './api-surface';
import { changedTables, fingerprint } from './fingerprint';
import { outcome, requiredQuery, sampleBody, send } from './probe-http';
import {
  buildProbeWorld,
  fillPath,
  type FilledPath,
  type Identity,
  type ProbeWorld,
  ROLE_OF,
} from './probe-world';
import { conforming, mutations, type SchemaContext } from './schema-arbitrary';
import { createTestApp, newIp, type Session, type TestApp } from '../test-app';

/** Fixed, so a failure names a case that reproduces; PROBE_SEED / PROBE_SCALE explore further. */
const SEED = Number(process.env.PROBE_SEED ?? 20_261_207);
const SCALE = Number(process.env.PROBE_SCALE ?? 1);
/** per route: bodies the schema forbids, and bodies it allows */
const FORBIDDEN_RUNS = 10 * SCALE;
const CONFORMING_RUNS = 3 * SCALE;
/** path parameters no object can have: each must be refused with a 4xx */
const ODD_PATH_VALUES = ['%00', '99999999999999999999', 'x'.repeat(300), '%ED%A0%80', '..%2F..%2Fhealth'];
const ME = { method: 'get' } as Operation;
/** query values no parameter expects (each appended as `name<value>`): at worst a 4xx */
const ODD_QUERY_VALUES = [
  '=%00',
  '=-1',
  '=99999999999999999999',
  '=NaN',
  `=${'x'.repeat(300)}`,
  '[]=a&x[]=b',
  '[a]=b',
  '=%ED%A0%80',
];
/** who calls a route in the fuzz: the first identity the route lets in that sees all its objects */
const ACTORS: Identity[] = ['hrA', 'districtA', 'city', 'admin', 'auditor', 'reviewer', 'anonymous'];

/**
 * Every write route (POST/PUT/PATCH/DELETE) with bodies generated from its OpenAPI request schema
 * (fast-check, seeded and bounded), sent by a caller the route lets in: never a 5xx, never a 2xx for
 * a body the schema forbids, and the database unchanged whenever the answer is a 4xx.
 */
describe('probe: write fuzz', () => {
  let t: TestApp;
  let document: OpenAPIObject;
  let operations: Operation[];
  let world: ProbeWorld;

  // the regions fixture is a demo district (regions are reference data): a conforming PATCH may
  // rename it, so its names are put back for the specs that run after this one
  let sharedRegion: Array<{ name: string; name_en: string }>;

  beforeAll(async () => {
    t = await createTestApp();
    ({ document, operations } = apiSurface(t.app));
    world = await buildProbeWorld(t);
    sharedRegion = await t.dataSource.query(`SELECT name, name_en FROM region WHERE code = $1`, [
      world.fixtures.regions.value,
    ]);
  }, 120_000);
  afterAll(async () => {
    await t.dataSource.query(`UPDATE region SET name = $1, name_en = $2 WHERE code = $3`, [
      sharedRegion[0].name,
      sharedRegion[0].name_en,
      world.fixtures.regions.value,
    ]);
    await t.close();
  });

  it('answers generated and mutated bodies without a 5xx, refuses what the schema forbids, and changes nothing on a 4xx', async () => {
    const problems: string[] = [];
    let cases = 0;
    let routes = 0;
    const context: SchemaContext = { document, ids: world.ids };
    const writes = operations.filter((op) => op.method !== 'get');
    const statuses: Record<string, number> = {};
    // one session per actor while it lasts: a route may end it (logout) or spend it (change-password)
    const sessions = new Map<Identity, Session>();
    const sessionOf = async (actor: Exclude<Identity, 'anonymous'>) => {
      const current = sessions.get(actor);
      if (current && (await send(t, ME, '/api/auth/me', current)).status === 200) return current;
      const fresh = await world.freshSession(actor);
      sessions.set(actor, fresh);
      return fresh;
    };

    for (const [index, op] of writes.entries()) {
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
      const actor = ACTORS.find((identity) => {
        const role = ROLE_OF[identity];
        const allowed = op.policy.public || (role !== undefined && op.policy.roles.includes(role));
        return (
          allowed && params.every((p) => p.fixture.seenBy === 'shared' || p.fixture.seenBy.includes(identity))
        );
      });
      if (!actor) {
        problems.push(
          `${op.key}: no probe identity may call it on its fixtures; add one to ACTORS or fix the fixture's seenBy`,
        );
        continue;
      }
      routes++;
      const session = actor === 'anonymous' ? undefined : await sessionOf(actor);
      const seed = SEED + index;
      const count = (status: number) => {
        cases++;
        statuses[`${String(status)[0]}xx`] = (statuses[`${String(status)[0]}xx`] ?? 0) + 1;
      };

      /** A body the API must accept or refuse: no 5xx, and a 4xx leaves the database as it was. */
      const allowed = async (label: string, request: () => Promise<Response>) => {
        const before = await fingerprint(t.dataSource);
        const response = await request();
        count(response.status);
        if (response.status >= 500)
          problems.push(`${op.key} as ${actor} [${label}]: ${outcome(response).text}`);
        if (response.status >= 400) {
          const changed = changedTables(before, await fingerprint(t.dataSource));
          if (changed.length)
            problems.push(
              `${op.key} as ${actor} [${label}] → ${response.status} changed ${changed.join(', ')}`,
            );
        }
      };
      /** Cases the schema forbids, as one batch: each refused with a 4xx, and together changing nothing. */
      const refused = async (batch: Array<[string, () => Promise<Response>]>) => {
        const before = await fingerprint(t.dataSource);
        for (const [label, request] of batch) {
          const response = await request();
          count(response.status);
          if (response.status < 400 || response.status >= 500)
            problems.push(
              `${op.key} as ${actor} [${label}]: ${outcome(response).text}, expected a 4xx refusal`,
            );
        }
        const changed = changedTables(before, await fingerprint(t.dataSource));
        if (changed.length)
          problems.push(
            `${op.key} as ${actor}: refused cases changed ${changed.join(', ')} (${batch.map(([l]) => l).join('; ')})`,
          );
      };

      const forbidden: Array<[string, () => Promise<Response>]> = [];
      if (op.body?.mediaType === 'application/json') {
        for (const mutation of fc.sample(mutations(context, op.body.schema), {
          seed,
          numRuns: FORBIDDEN_RUNS,
        }))
          forbidden.push([mutation.label, () => send(t, op, url + query, session, mutation.json)]);
      } else if (op.body?.mediaType === 'multipart/form-data') {
        forbidden.push(['multipart without its files', () => sendMultipart(t, op, url + query, session, [])]);
      }
      const body = sampleBody(context, op, seed);
      for (const param of params)
        for (const odd of ODD_PATH_VALUES) {
          const oddUrl = url.replace(encodeURIComponent(param.fixture.value), odd);
          forbidden.push([
            `{${param.name}} = ${odd.slice(0, 30)}`,
            () => send(t, op, oddUrl + query, session, body),
          ]);
        }
      await refused(forbidden);

      if (op.body?.mediaType === 'application/json') {
        for (const value of fc.sample(conforming(context, op.body.schema), {
          seed,
          numRuns: CONFORMING_RUNS,
        })) {
          const json = JSON.stringify(value);
          await allowed(`conforming ${json.slice(0, 300)}`, () => send(t, op, url + query, session, json));
        }
      } else if (op.body?.mediaType === 'multipart/form-data') {
        for (const parts of fc.sample(multipartParts(context, op.body.schema), {
          seed,
          numRuns: CONFORMING_RUNS,
        }))
          await allowed(`multipart ${describeParts(parts)}`, () =>
            sendMultipart(t, op, url + query, session, parts),
          );
      }
    }

    process.stdout.write(
      `probe fuzz: ${routes} write routes, ${cases} cases (seed ${SEED}; answers ${JSON.stringify(statuses)}), ` +
        `${problems.length} problems\n`,
    );
    expect(problems).toEqual([]);
  }, 600_000);

  it('answers odd path and query values on every read route without a 5xx', async () => {
    const problems: string[] = [];
    let cases = 0;
    const reads = operations.filter((op) => op.method === 'get');
    const sessions = new Map<Identity, Session>();
    for (const op of reads) {
      let filled: FilledPath;
      let query: string;
      try {
        filled = fillPath(op.path, world.fixtures);
        query = requiredQuery(op, world.fixtures);
      } catch (error) {
        problems.push((error as Error).message);
        continue;
      }
      const actor = actorFor(op, filled.params);
      if (!actor) {
        problems.push(`${op.key}: no probe identity may call it on its fixtures`);
        continue;
      }
      if (actor !== 'anonymous' && !sessions.has(actor)) sessions.set(actor, await world.freshSession(actor));
      const session = actor === 'anonymous' ? undefined : sessions.get(actor);
      const check = async (label: string, url: string, mustRefuse: boolean) => {
        const response = await send(t, op, url, session);
        cases++;
        if (response.status >= 500 || (mustRefuse && response.status < 400))
          problems.push(`${op.key} as ${actor} [${label}]: ${outcome(response).text}`);
      };
      for (const param of filled.params)
        for (const odd of ODD_PATH_VALUES)
          await check(
            `{${param.name}} = ${odd.slice(0, 30)}`,
            filled.url.replace(encodeURIComponent(param.fixture.value), odd) + query,
            true,
          );
      for (const name of op.query)
        for (const odd of ODD_QUERY_VALUES) {
          const separator = query ? '&' : '?';
          await check(
            `?${name}${odd.slice(0, 30)}`,
            `${filled.url}${query}${separator}${encodeURIComponent(name)}${odd}`,
            false,
          );
        }
    }
    process.stdout.write(
      `probe reads: ${reads.length} read routes, ${cases} odd path/query cases, ${problems.length} problems\n`,
    );
    expect(problems).toEqual([]);
  }, 300_000);
});

function actorFor(op: Operation, params: FilledPath['params']): Identity | undefined {
  return ACTORS.find((identity) => {
    const role = ROLE_OF[identity];
    const allowed = op.policy.public || (role !== undefined && op.policy.roles.includes(role));
    return (
      allowed && params.every((p) => p.fixture.seenBy === 'shared' || p.fixture.seenBy.includes(identity))
    );
  });
}

type Part = { name: string; value: string } | { name: string; file: Buffer; filename: string };

/** Multipart fields from the schema's properties: binary ones as small random files with odd names. */
function multipartParts(context: SchemaContext, raw: Schema): fc.Arbitrary<Part[]> {
  const schema = resolve(context.document, raw);
  const properties = Object.entries((schema.properties ?? {}) as Record<string, Schema>);
  return fc
    .tuple(
      ...properties.map(([name, property]) => {
        const resolved = resolve(context.document, property);
        const binary =
          resolved.format === 'binary' || (resolved.items as Schema | undefined)?.format === 'binary';
        if (binary)
          return fc
            .tuple(
              fc.uint8Array({ minLength: 1, maxLength: 64 }),
              fc.string({ unit: 'grapheme', minLength: 1, maxLength: 40 }),
            )
            .map(([bytes, filename]): Part[] => [{ name, file: Buffer.from(bytes), filename }]);
        return conforming(context, property).map((value): Part[] =>
          value === undefined || value === null
            ? []
            : [{ name, value: typeof value === 'string' ? value : JSON.stringify(value) }],
        );
      }),
    )
    .map((groups) => groups.flat());
}

function describeParts(parts: Part[]): string {
  return parts
    .map((part) =>
      'file' in part
        ? `${part.name}=<${part.file.length} bytes ${JSON.stringify(part.filename)}>`
        : `${part.name}=${JSON.stringify(part.value).slice(0, 40)}`,
    )
    .join(' ');
}

function sendMultipart(
  t: TestApp,
  op: Operation,
  url: string,
  session: Session | undefined,
  parts: Part[],
): Promise<Response> {
  let request = t.http()[op.method](url).set('X-Forwarded-For', newIp()).set('Accept-Language', 'en');
  if (session) request = request.set('Authorization', `Bearer ${session.accessToken}`);
  if (parts.length === 0) request = request.field('probe', 'no files');
  for (const part of parts)
    request =
      'file' in part
        ? request.attach(part.name, part.file, part.filename)
        : request.field(part.name, part.value);
  return request.then((response) => response);
}
