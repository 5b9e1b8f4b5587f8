import { stringify as stringifyStream, type Options, type Stringifier } from 'csv-stringify';
import { stringify } from 'csv-stringify/sync';

/**
 * The one csv writer of the API: every csv the API hands out (audit export, a wage upload's error
 * list, the benchmark publication tables) is written here, so that no cell can run as a formula in
 * Excel, LibreOffice or WPS (CSV/formula injection, OWASP).
 *
 * The rule, per cell type:
 * - a JS number is written as the number it is (`-5` stays `-5`): it is not text a user typed;
 * - a string starting with `=`, `+`, `-`, `@`, a tab or a carriage return is prefixed with a
 *   single quote (`=HYPERLINK(…)` → `'=HYPERLINK(…)`), which spreadsheets show as text;
 * - except a string that is a plain decimal number (`-12.5`, `-3`): a spreadsheet reads it as
 *   that number and nothing else, so it is left as it is;
 * - null and undefined are empty cells; any other string is written unchanged.
 * Files start with a byte-order mark so that Excel reads the Chinese as UTF-8.
 */
export type CsvCell = string | number | null | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^-?\d+(?:\.\d+)?$/;

/** A text cell as it may be written to a csv: with a leading `'` when it could start a formula. */
export function neutraliseCsvText(text: string): string {
  return FORMULA_START.test(text) && !PLAIN_NUMBER.test(text) ? `'${text}` : text;
}

export interface CsvOptions {
  /** RFC 4180's CRLF (`windows`) or LF (`unix`, the default) between records */
  recordDelimiter?: 'unix' | 'windows';
}

function options({ recordDelimiter = 'unix' }: CsvOptions): Options {
  return {
    bom: true,
    record_delimiter: recordDelimiter,
    cast: { string: (value) => neutraliseCsvText(value) },
  };
}

/** A whole csv file (header row first) as bytes, for files built in memory. */
export function csvFile(rows: ReadonlyArray<readonly CsvCell[]>, csvOptions: CsvOptions = {}): Buffer {
  return Buffer.from(
    stringify(
      rows.map((row) => [...row]),
      options(csvOptions),
    ),
    'utf8',
  );
}

/**
 * A csv written as records arrive (objects keyed by the columns' keys), for exports streamed from
 * the database; pipe it to the response body.
 */
export function csvStream(
  columns: ReadonlyArray<{ key: string; header: string }>,
  csvOptions: CsvOptions = {},
): Stringifier {
  return stringifyStream({
    ...options(csvOptions),
    header: true,
    columns: columns.map(({ key, header }) => ({ key, header })),
  });
}
