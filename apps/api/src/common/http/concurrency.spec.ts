import { etagOf, parseIfMatch, preconditionHolds } from './concurrency';

describe('If-Match', () => {
  const id = '0b0c6b1e-1c1a-4a57-9a57-2d6c1f9d0001';

  it('is absent without the header, or with an empty one', () => {
    expect(parseIfMatch(undefined)).toBeUndefined();
    expect(parseIfMatch('  ')).toBeUndefined();
    expect(preconditionHolds(undefined, id, 3)).toBe(true);
  });

  it('matches the current version only (strong comparison)', () => {
    expect(preconditionHolds(parseIfMatch(etagOf(id, 3)), id, 3)).toBe(true);
    expect(preconditionHolds(parseIfMatch(etagOf(id, 2)), id, 3)).toBe(false);
    expect(preconditionHolds(parseIfMatch(`W/${etagOf(id, 3)}`), id, 3)).toBe(false);
    expect(preconditionHolds(parseIfMatch(etagOf('another', 3)), id, 3)).toBe(false);
    expect(preconditionHolds(parseIfMatch('3'), id, 3)).toBe(false);
  });

  it('takes `*` and lists (RFC 9110): any one tag of the list may match', () => {
    expect(parseIfMatch(' * ')).toEqual({ kind: 'any' });
    expect(preconditionHolds(parseIfMatch(`"x:1", ${etagOf(id, 3)}`), id, 3)).toBe(true);
    expect(preconditionHolds(parseIfMatch([etagOf(id, 1), etagOf(id, 3)]), id, 3)).toBe(true);
  });
});
