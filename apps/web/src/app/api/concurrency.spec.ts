import { editConflictOf, ifMatch } from './concurrency';

/** An ApiRequestError as the client builds it (api-error.ts itself needs the browser's i18n set-up). */
function apiError(status: number, body: Record<string, unknown>): Error {
  return Object.assign(new Error(String(body.message)), {
    name: 'ApiRequestError',
    status,
    details: [],
    body,
  });
}

describe('edits and their versions', () => {
  it('sends the version the record was opened with as a strong ETag', () => {
    expect(ifMatch('2f1c', 7)).toEqual({ 'If-Match': '"2f1c:7"' });
  });

  it('reads a refused stale edit (412): the server’s message, who and when', () => {
    const error = apiError(412, {
      statusCode: 412,
      error: 'Precondition Failed',
      message: '已被 黄岛张三 于 2026年12月7日 13:05 修改，请刷新后再改',
      details: [],
      version: 9,
      changedBy: '黄岛张三',
      changedAt: '2026-12-07T05:05:00.000Z',
    });
    expect(editConflictOf(error)).toEqual({
      message: '已被 黄岛张三 于 2026年12月7日 13:05 修改，请刷新后再改',
      changedBy: '黄岛张三',
      changedAt: '2026-12-07T05:05:00.000Z',
    });
  });

  it('leaves every other failure to the page', () => {
    expect(editConflictOf(apiError(409, { message: 'x', details: [] }))).toBeNull();
    expect(editConflictOf(new Error('x'))).toBeNull();
  });
});
