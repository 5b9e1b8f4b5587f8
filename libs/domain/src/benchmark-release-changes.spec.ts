import fc from 'fast-check';
import { DEFAULT_DISCLOSURE_RULES, FootnoteCode } from './benchmark';
import {
  type CellDecision,
  type Contribution,
  type EarlierRelease,
  type NewCell,
  releaseChangeDecisions,
} from './benchmark-release-changes';
import { disclosureFootnotes, type DisclosureRules } from './benchmark-rules';

const rules = { ...DEFAULT_DISCLOSURE_RULES }; // at least 3 enterprises, none above 70 %
const CITY = '370200';

/** One enterprise's data in a pair: where it uploads, which version of its rows, how many. */
interface Holding {
  enterprise: string;
  region: string;
  version: string;
  employees: number;
}

const contribution = (h: Holding): Contribution => ({
  enterprise: h.enterprise,
  version: h.version,
  employees: h.employees,
});

/** The cells of a pair as the aggregation computes them: roll-up and districts, with footnotes. */
function computeCells(
  holdings: readonly Holding[],
  districts: readonly string[],
  r: DisclosureRules,
): NewCell[] {
  const counts = (list: readonly Holding[]) => ({
    employees: list.reduce((sum, h) => sum + h.employees, 0),
    enterprises: list.length,
    maxEnterpriseEmployees: Math.max(0, ...list.map((h) => h.employees)),
  });
  const present = districts.filter((code) => holdings.some((h) => h.region === code));
  const direct = holdings.filter((h) => h.region === CITY);
  const footnotes = disclosureFootnotes(
    {
      total: counts(holdings),
      districts: present.map((code) => ({
        regionCode: code,
        ...counts(holdings.filter((h) => h.region === code)),
      })),
      direct: direct.length ? counts(direct) : null,
    },
    r,
  );
  return [
    {
      regionCode: CITY,
      total: true,
      employees: counts(holdings).employees,
      contributions: holdings.map(contribution),
      footnote: footnotes.total,
    },
    ...present.map((code) => {
      const part = holdings.filter((h) => h.region === code);
      return {
        regionCode: code,
        total: false,
        employees: counts(part).employees,
        contributions: part.map(contribution),
        footnote: footnotes.districts.get(code) ?? null,
      };
    }),
  ];
}

/** What a release published, as the next release's history sees it. */
function asEarlier(
  releaseId: string,
  cells: readonly NewCell[],
  decisions: Map<string, CellDecision>,
  history: readonly EarlierRelease[],
): EarlierRelease {
  return {
    releaseId,
    cells: cells.map((cell) => {
      const decision = decisions.get(cell.regionCode)!;
      if (decision.kind === 'carry') {
        const from = history
          .flatMap((release) => release.cells.filter((c) => c.regionCode === cell.regionCode && c.published))
          .findLast((c) => c.figuresFrom === decision.releaseId)!;
        return { ...from };
      }
      return {
        regionCode: cell.regionCode,
        published: decision.kind === 'publish',
        contributions: cell.contributions,
        figuresFrom: releaseId,
      };
    }),
  };
}

function build(
  releaseId: string,
  holdings: readonly Holding[],
  districts: readonly string[],
  history: readonly EarlierRelease[],
  r: DisclosureRules = rules,
): { release: EarlierRelease; cells: NewCell[]; decisions: Map<string, CellDecision> } {
  const cells = computeCells(holdings, districts, r);
  const decisions = releaseChangeDecisions(cells, history, r);
  return { release: asEarlier(releaseId, cells, decisions, history), cells, decisions };
}

// ---- the attacker: every linear combination of everything published ----

/** Rank of a small matrix by Gaussian elimination (0/1 entries, so a tolerance is exact enough). */
function rank(rows: number[][]): number {
  const m = rows.map((row) => [...row]);
  let r = 0;
  const columns = m[0]?.length ?? 0;
  for (let c = 0; c < columns && r < m.length; c++) {
    let pivot = r;
    for (let i = r + 1; i < m.length; i++) if (Math.abs(m[i][c]) > Math.abs(m[pivot][c])) pivot = i;
    if (Math.abs(m[pivot][c]) < 1e-9) continue;
    [m[r], m[pivot]] = [m[pivot], m[r]];
    for (let i = 0; i < m.length; i++) {
      if (i === r) continue;
      const factor = m[i][c] / m[r][c];
      if (factor !== 0) for (let j = c; j < columns; j++) m[i][j] -= factor * m[r][j];
    }
    r++;
  }
  return r;
}

const key = (c: Contribution) => `${c.enterprise}#${c.version}`;

/** Published figures as rows over every version (employees and pay both sum the same versions). */
function publishedMatrix(releases: readonly EarlierRelease[]): { rows: number[][]; columns: string[] } {
  const columns = [
    ...new Set(releases.flatMap((r) => r.cells.flatMap((c) => (c.contributions ?? []).map(key)))),
  ];
  const rows = releases.flatMap((r) =>
    r.cells
      .filter((c) => c.published)
      .map((c) => {
        const keys = new Set(c.contributions!.map(key));
        return columns.map((column) => (keys.has(column) ? 1 : 0));
      }),
  );
  return { rows, columns };
}

/** Whether some published combination depends on these versions only (and on at least one). */
function isolates(
  matrix: { rows: number[][]; columns: string[] },
  versions: (column: string) => boolean,
): boolean {
  if (matrix.rows.length === 0) return false;
  const keep = matrix.columns.map((column) => !versions(column));
  const rest = matrix.rows.map((row) => row.filter((_, j) => keep[j]));
  return rank(matrix.rows) > (rest[0]?.length ? rank(rest) : 0);
}

/** Whether a vector over the versions is a combination of the published figures. */
function derivable(
  matrix: { rows: number[][]; columns: string[] },
  versions: readonly Contribution[],
): boolean {
  const keys = new Set(versions.map(key));
  const vector = matrix.columns.map((column) => (keys.has(column) ? 1 : 0));
  if (vector.every((v) => v === 0)) return false;
  return rank([...matrix.rows, vector]) === rank(matrix.rows);
}

function subsets<T>(items: readonly T[], maxSize: number): T[][] {
  const result: T[][] = [];
  const walk = (start: number, current: T[]) => {
    if (current.length) result.push([...current]);
    if (current.length === maxSize) return;
    for (let i = start; i < items.length; i++) walk(i + 1, [...current, items[i]]);
  };
  walk(0, []);
  return result;
}

const holding = (enterprise: string, region: string, employees: number, version = 'v1'): Holding => ({
  enterprise,
  region,
  version,
  employees,
});

describe('releaseChangeDecisions (disclosure across releases)', () => {
  // Three districts: 黄岛 370211 has two enterprises (withheld, A), 市南 370202 and 市北 370203 three each.
  // R1: the city total and the districts with enough enterprises are published; C withholds 市南
  // (the smaller) so the remainder — 黄岛 with 市南 — has five enterprises.
  const districts = ['370202', '370203', '370211'];
  const r1Holdings = [
    holding('hd-a', '370211', 10),
    holding('hd-b', '370211', 12),
    holding('sn-1', '370202', 5),
    holding('sn-2', '370202', 5),
    holding('sn-3', '370202', 5),
    holding('sb-1', '370203', 8),
    holding('sb-2', '370203', 8),
    holding('sb-3', '370203', 8),
  ];

  it('withholds within R1 as secondary suppression always did', () => {
    const r1 = build('R1', r1Holdings, districts, []);
    expect(Object.fromEntries(r1.decisions)).toEqual({
      [CITY]: { kind: 'publish' },
      '370202': { kind: 'withhold', footnote: FootnoteCode.Secondary },
      '370203': { kind: 'publish' },
      '370211': { kind: 'withhold', footnote: FootnoteCode.TooFewEnterprises },
    });
  });

  it('the issue: one enterprise of a withheld district corrects; the city total keeps R1’s figures', () => {
    const r1 = build('R1', r1Holdings, districts, []);
    const corrected = r1Holdings.map((h) => (h.enterprise === 'hd-a' ? { ...h, version: 'v2' } : h));
    const r2 = build('R2', corrected, districts, [r1.release]);
    // without the rule, R2's total − R1's total = hd-a's change, everything else being equal
    expect(r2.cells.find((c) => c.regionCode === CITY)!.footnote).toBeNull();
    expect(r2.decisions.get(CITY)).toEqual({ kind: 'carry', releaseId: 'R1' });
    expect(r2.decisions.get('370203')).toEqual({ kind: 'publish' });
    const matrix = publishedMatrix([r1.release, r2.release]);
    expect(isolates(matrix, (column) => column.startsWith('hd-a#'))).toBe(false);
  });

  it('publishes the city total again once the withheld part changed by three enterprises', () => {
    const r1 = build('R1', r1Holdings, districts, []);
    const one = r1Holdings.map((h) => (h.enterprise === 'hd-a' ? { ...h, version: 'v2' } : h));
    const r2 = build('R2', one, districts, [r1.release]);
    // R3: hd-b and one enterprise of 市南 (withheld, C) correct too; sn-2 and sn-3 stay as they were,
    // but no combination isolates the two of them: R1's and R3's remainders differ in three enterprises
    const three = one.map((h) => (['hd-b', 'sn-1'].includes(h.enterprise) ? { ...h, version: 'v3' } : h));
    const r3 = build('R3', three, districts, [r1.release, r2.release]);
    expect(r2.decisions.get(CITY)).toEqual({ kind: 'carry', releaseId: 'R1' });
    expect(r3.decisions.get(CITY)).toEqual({ kind: 'publish' });
    const matrix = publishedMatrix([r1.release, r2.release, r3.release]);
    for (const group of subsets(['hd-a', 'hd-b', 'sn-1', 'sn-2', 'sn-3'], 2)) {
      expect(isolates(matrix, (column) => group.includes(column.split('#')[0]))).toBe(false);
    }
  });

  it('the reverse: a published district whose only change is one enterprise keeps its figures, and so does the city', () => {
    const r1 = build('R1', r1Holdings, districts, []);
    const corrected = r1Holdings.map((h) =>
      h.enterprise === 'sb-1' ? { ...h, version: 'v2', employees: 9 } : h,
    );
    const r2 = build('R2', corrected, districts, [r1.release]);
    expect(r2.decisions.get('370203')).toEqual({ kind: 'carry', releaseId: 'R1' });
    expect(r2.decisions.get(CITY)).toEqual({ kind: 'carry', releaseId: 'R1' });
  });

  it('publishes a change that three enterprises made', () => {
    const r1 = build('R1', r1Holdings, districts, []);
    const corrected = r1Holdings.map((h) => (h.enterprise.startsWith('sb-') ? { ...h, version: 'v2' } : h));
    const r2 = build('R2', corrected, districts, [r1.release]);
    expect(r2.decisions.get('370203')).toEqual({ kind: 'publish' });
    expect(r2.decisions.get(CITY)).toEqual({ kind: 'publish' });
  });

  it('withholds a change dominated by one enterprise (B applied to the change)', () => {
    const big = [...r1Holdings, holding('sb-4', '370203', 100)];
    const r1 = build('R1', big, districts, []);
    // three enterprises change, but sb-4 holds 200 of the 216 rows of the change
    const corrected = big.map((h) =>
      ['sb-1', 'sb-2', 'sb-4'].includes(h.enterprise) ? { ...h, version: 'v2' } : h,
    );
    const r2 = build('R2', corrected, districts, [r1.release]);
    expect(r1.decisions.get('370203')).toEqual({ kind: 'withhold', footnote: FootnoteCode.Dominance });
    expect(r2.decisions.get(CITY)).toEqual({ kind: 'carry', releaseId: 'R1' });
  });

  it('withholds a district whose first publication would split an earlier remainder', () => {
    // R1: 黄岛 (2, A) and 市南 (C) withheld. R2: a city-direct enterprise joins, so within R2 the
    // remainder (黄岛 + city-direct) passes and 市南 — unchanged — could be published; but R1's
    // total − 市北 − R2's 市南 would then be 黄岛 alone.
    const r1 = build('R1', r1Holdings, districts, []);
    const r2Holdings = [...r1Holdings, holding('direct-1', CITY, 6)];
    const within = computeCells(r2Holdings, districts, rules);
    expect(within.find((c) => c.regionCode === '370202')!.footnote).toBeNull();
    const r2 = build('R2', r2Holdings, districts, [r1.release]);
    expect(r2.decisions.get('370202')).toEqual({ kind: 'withhold', footnote: FootnoteCode.Secondary });
    const matrix = publishedMatrix([r1.release, r2.release]);
    expect(isolates(matrix, (column) => column.startsWith('hd-'))).toBe(false);
  });

  it('compares with every earlier release, so a change undone cannot be read against the older one', () => {
    const r1 = build('R1', r1Holdings, districts, []);
    const three = r1Holdings.map((h) =>
      ['sb-1', 'sb-2', 'sb-3'].includes(h.enterprise) ? { ...h, version: 'v2' } : h,
    );
    const r2 = build('R2', three, districts, [r1.release]);
    // two of them go back to their R1 rows: against R2 three changed, against R1 only sb-3
    const back = three.map((h) => (['sb-1', 'sb-2'].includes(h.enterprise) ? { ...h, version: 'v1' } : h));
    const r3 = build('R3', back, districts, [r1.release, r2.release]);
    expect(r3.decisions.get('370203')).toEqual({ kind: 'carry', releaseId: 'R2' });
    const matrix = publishedMatrix([r1.release, r2.release, r3.release]);
    expect(isolates(matrix, (column) => column.startsWith('sb-3#'))).toBe(false);
  });

  it('leaves cells alone when nothing in them changed', () => {
    const r1 = build('R1', r1Holdings, districts, []);
    const r2 = build('R2', r1Holdings, districts, [r1.release]);
    expect(r2.decisions).toEqual(r1.decisions);
  });

  it('ignores earlier releases that cannot say what they published', () => {
    const cells = computeCells(r1Holdings, districts, rules);
    const unknown: EarlierRelease = {
      releaseId: 'R0',
      cells: [{ regionCode: CITY, published: true, contributions: null, figuresFrom: 'R0' }],
    };
    expect(releaseChangeDecisions(cells, [unknown], rules).get(CITY)).toEqual({ kind: 'publish' });
  });

  describe('property: no two or three consecutive releases let differencing isolate what a cell may not show', () => {
    const regions = ['370202', '370203', '370211', '370212', CITY];
    const enterprise = fc.record({
      region: fc.constantFrom(...regions),
      employees: fc.integer({ min: 1, max: 30 }),
    });
    /** what happens to an enterprise's rows in the pair in the next release */
    const change = fc.oneof(
      { weight: 5, arbitrary: fc.constant({ kind: 'same' as const }) },
      {
        weight: 3,
        arbitrary: fc.record({
          kind: fc.constant('correct' as const),
          employees: fc.integer({ min: 1, max: 30 }),
        }),
      },
      { weight: 1, arbitrary: fc.constant({ kind: 'leave' as const }) },
      {
        weight: 1,
        arbitrary: fc.record({ kind: fc.constant('move' as const), region: fc.constantFrom(...regions) }),
      },
    );
    const scenario = fc.record({
      minEnterprises: fc.integer({ min: 3, max: 4 }),
      maxShare: fc.integer({ min: 50, max: 90 }),
      enterprises: fc.array(enterprise, { minLength: 2, maxLength: 11 }),
      steps: fc.array(
        fc.record({
          changes: fc.array(change, { minLength: 11, maxLength: 11 }),
          joining: fc.array(enterprise, { maxLength: 3 }),
        }),
        { minLength: 1, maxLength: 2 },
      ),
    });

    it('holds for random cities, corrections, arrivals, departures and moves', () => {
      fc.assert(
        fc.property(scenario, ({ minEnterprises, maxShare, enterprises, steps }) => {
          const r: DisclosureRules = { minEnterprises, maxEnterpriseSharePercent: maxShare };
          const districts = regions.filter((code) => code !== CITY);
          let holdings: Holding[] = enterprises.map((e, i) => holding(`e${i}`, e.region, e.employees));
          const releases: EarlierRelease[] = [];
          const primaryWithheld: Contribution[][] = [];
          const record = (id: string) => {
            const built = build(id, holdings, districts, releases, r);
            built.cells.forEach((cell) => {
              if (
                cell.footnote === FootnoteCode.TooFewEnterprises ||
                cell.footnote === FootnoteCode.Dominance
              ) {
                primaryWithheld.push([...cell.contributions]);
              }
            });
            releases.push(built.release);
          };
          record('R1');
          steps.forEach((step, s) => {
            const next: Holding[] = [];
            holdings.forEach((h, i) => {
              const c = step.changes[i % step.changes.length];
              if (c.kind === 'same') next.push(h);
              else if (c.kind === 'correct')
                next.push({ ...h, version: `v${s + 2}`, employees: c.employees });
              else if (c.kind === 'move') next.push({ ...h, region: c.region });
            });
            step.joining.forEach((e, j) => next.push(holding(`n${s}-${j}`, e.region, e.employees)));
            holdings = next;
            record(`R${s + 2}`);
          });

          const matrix = publishedMatrix(releases);
          const names = [...new Set(matrix.columns.map((column) => column.split('#')[0]))];
          // A: nothing published, nor any difference of it, depends on fewer than the minimum of enterprises
          for (const group of subsets(names, minEnterprises - 1)) {
            const inGroup = new Set(group);
            if (isolates(matrix, (column) => inGroup.has(column.split('#')[0]))) return false;
          }
          // a cell withheld for A or B in any release cannot be recovered from all of them together
          return primaryWithheld.every((versions) => !derivable(matrix, versions));
        }),
        { numRuns: 300, seed: 20261207 },
      );
    });
  });
});
