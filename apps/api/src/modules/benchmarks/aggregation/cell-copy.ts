import { PAY_COMPONENTS, WAGE_SKILL_LEVELS, WageUploadStatus } from '@skillpay/domain';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import { type PoolClient } from 'pg';
import { from as copyFrom, to as copyTo } from 'pg-copy-streams';
import { CellRows } from './cell-rows';
import { type ComputedCell } from './compute-cells';

/** An occupation × skill level: the unit incremental aggregation recomputes. */
export interface CellPair {
  occupationCode: string;
  skillLevel: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** COPY cannot take bind parameters: values are checked and quoted as literals instead. */
function literal(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}

/**
 * The COPY that streams the rows of every current upload of a programme and year (only the given
 * pairs when incremental) in the layout CellRows parses. The current uploads are chosen inside the
 * same statement, so the rows are one consistent snapshot; each gets an ordinal for this run.
 */
export function aggregationCopySql(
  programmeId: string,
  year: number,
  pairs: readonly CellPair[] | null,
): string {
  if (!UUID.test(programmeId)) throw new Error(`not a uuid: ${programmeId}`);
  if (!Number.isInteger(year)) throw new Error(`not a year: ${year}`);
  const levels = `ARRAY[${WAGE_SKILL_LEVELS.map(literal).join(',')}]::text[]`;
  const pairJoin = pairs
    ? `JOIN (VALUES ${pairs.map((p) => `(${literal(p.occupationCode)}, ${literal(p.skillLevel)})`).join(', ')})
         AS pair(occupation_code, skill_level)
         ON r.occupation_code = pair.occupation_code AND r.skill_level = pair.skill_level`
    : '';
  return `COPY (
    SELECT u.k, u.region_code, r.occupation_code, array_position(${levels}, r.skill_level::text), r.months_worked,
           ${PAY_COLUMNS.map((column) => `r.${column}`).join(', ')}
    FROM (SELECT id, region_code, row_number() OVER (ORDER BY id) AS k
          FROM wage_upload
          WHERE programme_id = ${literal(programmeId)} AND year = ${year}
            AND status = ${literal(WageUploadStatus.Current)}) u
    JOIN wage_row r ON r.upload_id = u.id
    ${pairJoin}
  ) TO STDOUT`;
}

/** wage_row columns in PAY_COMPONENTS order. */
const PAY_COLUMNS: readonly string[] = PAY_COMPONENTS.map(
  (component) =>
    ({
      base: 'base_pay',
      post: 'post_pay',
      performance: 'performance_pay',
      allowances: 'allowances',
      other: 'other_pay',
    })[component],
);

/** Streams the rows into typed arrays on `client` (inside the caller's transaction). */
export async function readCellRows(client: PoolClient, sql: string): Promise<CellRows> {
  const rows = new CellRows();
  const stream = client.query(copyTo(sql));
  for await (const chunk of stream) rows.push(chunk as Buffer);
  rows.end();
  return rows;
}

/** A text field of COPY's text format, with its special characters escaped. */
function copyText(value: string): string {
  return value.replace(/[\\\t\n\r]/g, (c) => ({ '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' })[c]!);
}

/** numeric text for PostgreSQL: 15 significant digits, as `float8::numeric` would round it. */
function decimal(value: number): string {
  return value.toPrecision(15);
}

/** One COPY of the cells into benchmark_cell on `client` (inside the caller's transaction). */
export async function writeCells(
  client: PoolClient,
  programmeId: string,
  year: number,
  computedAt: string,
  cells: readonly ComputedCell[],
): Promise<void> {
  if (cells.length === 0) return;
  const lines = function* (): Generator<string> {
    let batch = '';
    for (const cell of cells) {
      batch +=
        [
          programmeId,
          year,
          copyText(cell.occupationCode),
          copyText(cell.skillLevel),
          copyText(cell.regionCode),
          cell.employees,
          cell.enterprises,
          decimal(cell.maxEnterpriseShare),
          decimal(cell.mean),
          ...cell.percentiles.map(decimal),
          ...PAY_COMPONENTS.map((component) => decimal(cell.shares[component])),
          cell.footnote ?? '\\N',
          computedAt,
        ].join('\t') + '\n';
      if (batch.length > 64 * 1024) {
        yield batch;
        batch = '';
      }
    }
    if (batch) yield batch;
  };
  await pipeline(
    Readable.from(lines()),
    client.query(
      copyFrom(
        `COPY benchmark_cell (programme_id, year, occupation_code, skill_level, region_code, employees, enterprises,
           max_enterprise_share, mean, p10, p25, p50, p75, p90,
           share_base, share_post, share_performance, share_allowances, share_other, footnote, computed_at)
         FROM STDIN`,
      ),
    ),
  );
}
