import { Readable } from 'node:stream';
import { FileResponse } from './file-response';

describe('FileResponse', () => {
  it('names a Chinese file in UTF-8 with an ASCII fallback, and sends its type and length', () => {
    const file = new FileResponse('工资价位-2026-R1.csv', 'text/csv; charset=utf-8', Buffer.from('abc'));
    expect(file.getHeaders()).toEqual({
      type: 'text/csv; charset=utf-8',
      disposition: `attachment; filename="____-2026-R1.csv"; filename*=UTF-8''${encodeURIComponent('工资价位-2026-R1.csv')}`,
      length: 3,
    });
  });

  it('takes a chosen ASCII fallback, drops quotes from it, and streams a Readable', () => {
    const body = Readable.from(['x']);
    const file = new FileResponse('台账 "A".xlsx', 'application/pdf', body, {
      asciiFileName: 'ledger "A".xlsx',
    });
    expect(file.getHeaders().disposition).toBe(
      `attachment; filename="ledger A.xlsx"; filename*=UTF-8''${encodeURIComponent('台账 "A".xlsx')}`,
    );
    expect(file.getHeaders().length).toBeUndefined();
    expect(file.getStream()).toBe(body);
  });
});
