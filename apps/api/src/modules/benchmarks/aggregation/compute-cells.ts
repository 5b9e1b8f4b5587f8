import {
  BENCHMARK_PERCENTILES,
  type CellCounts,
  disclosureFootnotes,
  type DisclosureRules,
  type FootnoteCode,
  maxEnterpriseSharePercent,
  PAY_COMPONENTS,
  type PayComponent,
  percentileCont,
} from '@skillpay/domain';
import { type CellRows, COMPONENT_COUNT } from './cell-rows';

/** The figures of one benchmark cell, as the aggregation writes them to benchmark_cell. */
export interface ComputedCell extends CellCounts {
  occupationCode: string;
  skillLevel: string;
  regionCode: string;
  /** 0–100 */
  maxEnterpriseShare: number;
  mean: number;
  /** P10, P25, P50, P75, P90 of annualised pay */
  percentiles: number[];
  /** each component's share of the cell's total pay, 0–1 */
  shares: Record<PayComponent, number>;
  footnote: FootnoteCode | null;
}

interface Segment {
  start: number;
  end: number;
}

/**
 * Turns buffered rows into cells: a counting sort groups the rows by cell (the cells of one
 * occupation × skill level next to each other), each cell's pay is sorted in place as a
 * Float64Array slice, and the city roll-up of a pair sorts a copy of the whole pair's slice. Then
 * disclosure control runs per pair. `cityCode` is the programme's region: rows of city-direct
 * enterprises carry it and count only in the roll-up. Deterministic whatever order rows came in.
 */
export function computeCells(rows: CellRows, cityCode: string, rules: DisclosureRules): ComputedCell[] {
  const cellCount = rows.cellCount;
  // cells ordered by pair, then region: each pair's cells, and so its rows, are contiguous
  const order = Array.from({ length: cellCount }, (_, cell) => cell).sort(
    (a, b) =>
      rows.cellPair[a] - rows.cellPair[b] ||
      (rows.regions[rows.cellRegion[a]] < rows.regions[rows.cellRegion[b]] ? -1 : 1),
  );
  const rank = new Int32Array(cellCount);
  order.forEach((cell, position) => (rank[cell] = position));

  const counts = new Int32Array(cellCount + 1);
  for (let row = 0; row < rows.length; row++) counts[rank[rows.cell[row]] + 1]++;
  for (let position = 0; position < cellCount; position++) counts[position + 1] += counts[position];
  const offsets = counts.slice(0, cellCount);
  const pay = new Float64Array(rows.length);
  const upload = new Int32Array(rows.length);
  const cursor = offsets.slice();
  for (let row = 0; row < rows.length; row++) {
    const at = cursor[rank[rows.cell[row]]]++;
    pay[at] = rows.annual[row];
    upload[at] = rows.upload[row];
  }

  const perUpload = new Int32Array(rows.maxUpload + 1);
  const scratch = new Float64Array(rows.length);
  const cityRegion = rows.regions.indexOf(cityCode);
  const cells: ComputedCell[] = [];

  let position = 0;
  while (position < cellCount) {
    const pairIndex = rows.cellPair[order[position]];
    const { occupationCode, skillLevel } = rows.pairs[pairIndex];
    const districts: Array<ComputedCell & { regionCode: string }> = [];
    let direct: CellCounts | null = null;
    const totalCents = new Float64Array(COMPONENT_COUNT);
    const pairStart = offsets[position];
    for (; position < cellCount && rows.cellPair[order[position]] === pairIndex; position++) {
      const cell = order[position];
      const segment = { start: offsets[position], end: counts[position + 1] };
      const cents = rows.componentCents.subarray(cell * COMPONENT_COUNT, (cell + 1) * COMPONENT_COUNT);
      for (let c = 0; c < COMPONENT_COUNT; c++) totalCents[c] += cents[c];
      const enterprise = countEnterprises(upload, segment, perUpload);
      if (rows.cellRegion[cell] === cityRegion) {
        direct = enterprise;
        continue;
      }
      const sorted = pay.subarray(segment.start, segment.end).sort();
      districts.push(
        figures(occupationCode, skillLevel, rows.regions[rows.cellRegion[cell]], sorted, enterprise, cents),
      );
    }
    const pairSegment = { start: pairStart, end: counts[position] };
    const cityPay = scratch.subarray(0, pairSegment.end - pairSegment.start);
    cityPay.set(pay.subarray(pairSegment.start, pairSegment.end));
    cityPay.sort();
    const city = figures(
      occupationCode,
      skillLevel,
      cityCode,
      cityPay,
      countEnterprises(upload, pairSegment, perUpload),
      totalCents,
    );

    const footnotes = disclosureFootnotes({ total: city, districts, direct }, rules);
    city.footnote = footnotes.total;
    for (const district of districts)
      district.footnote = footnotes.districts.get(district.regionCode) ?? null;
    cells.push(city, ...districts);
  }
  return cells;
}

/** Enterprises of a run of rows (one current upload per enterprise) and the largest one's rows. */
function countEnterprises(upload: Int32Array, segment: Segment, perUpload: Int32Array): CellCounts {
  let enterprises = 0;
  let maxEnterpriseEmployees = 0;
  for (let i = segment.start; i < segment.end; i++) {
    const count = ++perUpload[upload[i]];
    if (count === 1) enterprises++;
    if (count > maxEnterpriseEmployees) maxEnterpriseEmployees = count;
  }
  for (let i = segment.start; i < segment.end; i++) perUpload[upload[i]] = 0;
  return { employees: segment.end - segment.start, enterprises, maxEnterpriseEmployees };
}

function figures(
  occupationCode: string,
  skillLevel: string,
  regionCode: string,
  sortedPay: Float64Array,
  counts: CellCounts,
  componentCents: ArrayLike<number>,
): ComputedCell {
  let sum = 0;
  for (let i = 0; i < sortedPay.length; i++) sum += sortedPay[i];
  let totalCents = 0;
  for (let c = 0; c < COMPONENT_COUNT; c++) totalCents += componentCents[c];
  const shares = {} as Record<PayComponent, number>;
  PAY_COMPONENTS.forEach((component, c) => {
    shares[component] = totalCents > 0 ? componentCents[c] / totalCents : 0;
  });
  return {
    occupationCode,
    skillLevel,
    regionCode,
    ...counts,
    maxEnterpriseShare: maxEnterpriseSharePercent(counts),
    mean: sum / sortedPay.length,
    percentiles: BENCHMARK_PERCENTILES.map((fraction) => percentileCont(sortedPay, fraction)),
    shares,
    footnote: null,
  };
}
