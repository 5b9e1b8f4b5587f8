import fc from 'fast-check';
import { type Response } from 'supertest';
import { type Operation } from './api-surface';
import { type Fixture, type Identity, type ProbeWorld, randomLike } from './probe-world';
import { conforming, type SchemaContext } from './schema-arbitrary';
import { newIp, type Session, type TestApp } from '../test-app';

/** Required query parameters that name an object: the fixture kind that fills them. */
const QUERY_FIXTURES: Record<string, string> = {
  programmeId: 'programmes',
  from: 'benchmark-releases',
  to: 'benchmark-releases',
  occupation: 'occupations',
  month: 'month',
};

/** The query string of an operation's required parameters, from fixtures or the schema. */
export function requiredQuery(op: Operation, fixtures: Record<string, Fixture>): string {
  const pairs = op.requiredQuery.map(({ name, schema }): [string, string] => {
    if (Array.isArray(schema.enum)) return [name, String(schema.enum[0])];
    if (schema.type === 'integer' || schema.type === 'number') return [name, '2026'];
    const key = QUERY_FIXTURES[name];
    if (!key || !fixtures[key])
      throw new Error(
        `${op.key}: no probe value for the required query parameter "${name}". Map it to a fixture kind in ` +
          `QUERY_FIXTURES (apps/api/test/probe/probe-http.ts).`,
      );
    return [name, fixtures[key].value];
  });
  return pairs.length ? `?${new URLSearchParams(pairs).toString()}` : '';
}

export interface Outcome {
  status: number;
  /** status, message and field details: what a caller can tell apart */
  signature: string;
  text: string;
}

export function outcome(response: Response): Outcome {
  const body = response.body as { message?: unknown; details?: unknown } | undefined;
  const error =
    body && typeof body === 'object' && !Buffer.isBuffer(body) && 'message' in body
      ? `${String(body.message)} ${JSON.stringify(body.details ?? [])}`
      : '';
  return {
    status: response.status,
    signature: `${response.status} ${error}`,
    text: `${response.status} ${error || (response.text ?? '').slice(0, 200)}`,
  };
}

/** One deterministic conforming body per operation (for requests whose body is beside the point). */
export function sampleBody(context: SchemaContext, op: Operation, seed = 13): string | undefined {
  if (op.body?.mediaType !== 'application/json') return undefined;
  return JSON.stringify(fc.sample(conforming(context, op.body.schema), { seed, numRuns: 1 })[0] ?? {});
}

export function sessionOf(world: ProbeWorld, identity: Identity): Session | undefined {
  return identity === 'anonymous' ? undefined : world.sessions[identity];
}

/** Sends `op` to `url` as `session` (none: anonymous) with a raw JSON body, from an address of its own. */
export function send(
  t: TestApp,
  op: Operation,
  url: string,
  session: Session | undefined,
  json?: string,
): Promise<Response> {
  let request = t.http()[op.method](url).set('X-Forwarded-For', newIp()).set('Accept-Language', 'en');
  if (session) request = request.set('Authorization', `Bearer ${session.accessToken}`);
  if (json !== undefined) request = request.set('Content-Type', 'application/json').send(json);
  return request.then((response) => response);
}

export { randomLike };
