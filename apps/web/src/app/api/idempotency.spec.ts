import createClient from 'openapi-fetch';
import { IDEMPOTENCY_KEY_HEADER, idempotencyMiddleware } from './idempotency';

/** A client whose fetch records the keys it was sent and answers with the given statuses. */
function clientAnswering(...answers: Array<number | 'network-error'>) {
  const keys: Array<string | null> = [];
  const client = createClient<Record<string, never>>({
    baseUrl: 'http://portal.test',
    fetch: async (request: Request) => {
      keys.push(request.headers.get(IDEMPOTENCY_KEY_HEADER));
      const answer = answers.shift() ?? 201;
      if (answer === 'network-error') throw new TypeError('Failed to fetch');
      return new Response('{}', { status: answer, headers: { 'Content-Type': 'application/json' } });
    },
  });
  client.use(idempotencyMiddleware);
  const post = (path: string, body: object) =>
    (client as unknown as { POST: (p: string, o: object) => Promise<unknown> }).POST(path, { body });
  return { keys, post };
}

describe('Idempotency-Key on POST', () => {
  it('sends the same key when the same submission is repeated after no answer or a 5xx, and a new one after an answer', async () => {
    const { keys, post } = clientAnswering('network-error', 503, 201, 201);
    await post('/api/enterprises', { name: 'A' }).catch(() => undefined);
    await post('/api/enterprises', { name: 'A' });
    await post('/api/enterprises', { name: 'A' });
    await post('/api/enterprises', { name: 'A' });

    expect(keys[0]).toMatch(/^[0-9a-f-]{36}$/);
    expect(keys[1]).toBe(keys[0]);
    expect(keys[2]).toBe(keys[0]);
    // the third got its answer: the fourth is a new submission
    expect(keys[3]).not.toBe(keys[0]);
  });

  it('gives a changed submission a key of its own and leaves the auth calls alone', async () => {
    const { keys, post } = clientAnswering(503, 201, 200);
    await post('/api/enterprises', { name: 'A' });
    await post('/api/enterprises', { name: 'B' });
    await post('/api/auth/login', { username: 'a', password: 'b' });

    expect(keys[1]).not.toBe(keys[0]);
    expect(keys[2]).toBeNull();
  });
});
