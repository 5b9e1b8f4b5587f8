import { FootnoteCode } from './benchmark';
import { type CellCounts, type DisclosureRules, primaryFootnote } from './benchmark-rules';

/**
 * Disclosure control across releases (更正发布的差分保护). A correction is a new release of the
 * same programme and year, and everyone can put it beside the earlier ones: the difference of two
 * publications of a cell is a figure too. When one enterprise of a withheld two-enterprise district
 * corrects its data, the city roll-up changes while every published district stays the same, and
 * the roll-up's change (employees, and employees × mean) is exactly that enterprise's change.
 *
 * The model: the rows an enterprise has in one occupation × skill level are one *version* of its
 * contribution, named by a fingerprint of those rows (same rows in two releases, same version).
 * Every published cell of every release is a sum of versions, so whoever reads the releases can
 * compute any linear combination of those sums. Split the versions into atoms — versions that lie
 * in exactly the same published cells. Every combination is constant on each atom, so what it
 * depends on is a union of whole atoms. The rule: no atom is dominated by one enterprise, and no
 * combination depends only on atoms with fewer enterprises than the minimum. Then every
 * combination — a change, a change of a remainder, a cell published now minus one published
 * before — involves an atom that passes both rules, so at least the minimum of enterprises with
 * none dominating. Within one release the atoms are the published districts and the remainder,
 * and this is secondary suppression (C) as it always was.
 *
 * What a new release does with a cell that would break it: it **carries forward** the figures of
 * the latest earlier release that published the cell (marked with that release), or withholds it
 * under footnote C when no earlier release published it. A carried figure is already public, so it
 * adds nothing anyone could difference; withholding would add nothing either, but would take the
 * served release's figure (often the city total, the one most used) away from its readers for a
 * correction that moved it by one enterprise's data.
 */

/** One enterprise's rows in one cell of one release. */
export interface Contribution {
  enterprise: string;
  /** fingerprint of the enterprise's rows in the occupation × skill level: equal rows, equal version */
  version: string;
  /** rows (employees) of that version */
  employees: number;
}

/** A cell of one occupation × skill level in an earlier, published release. */
export interface EarlierCell {
  regionCode: string;
  /** whether the release published figures for it (its own, or carried forward) */
  published: boolean;
  /**
   * the contributions its published figures sum: for a carried cell those of the release it
   * carries from (null when that is unknown, e.g. a release made before uploads were recorded)
   */
  contributions: readonly Contribution[] | null;
  /** the release whose figures it shows: its own id, or the release it carried them from */
  figuresFrom: string;
}

export interface EarlierRelease {
  releaseId: string;
  cells: readonly EarlierCell[];
}

/** A cell of one occupation × skill level in the release being built. */
export interface NewCell {
  regionCode: string;
  /** the city roll-up (checked last: it is the figure most used) */
  total: boolean;
  employees: number;
  contributions: readonly Contribution[];
  /** the footnote disclosure control gave it within the release, null when publishable */
  footnote: FootnoteCode | null;
}

export type CellDecision =
  | { kind: 'publish' }
  | { kind: 'withhold'; footnote: FootnoteCode }
  /** publish the figures of `releaseId` instead of the new ones */
  | { kind: 'carry'; releaseId: string };

const versionKey = (c: Contribution) => `${c.enterprise}\u0000${c.version}`;

/** Disclosure counts of a group of contributions (an enterprise's versions counted together). */
export function contributionCounts(group: Iterable<Contribution>): CellCounts {
  const perEnterprise = new Map<string, number>();
  let employees = 0;
  for (const c of group) {
    employees += c.employees;
    perEnterprise.set(c.enterprise, (perEnterprise.get(c.enterprise) ?? 0) + c.employees);
  }
  return {
    employees,
    enterprises: perEnterprise.size,
    maxEnterpriseEmployees: Math.max(0, ...perEnterprise.values()),
  };
}

/**
 * The change between two publications of a cell, as a group: the versions in one and not the other
 * (the enterprises whose rows in the cell differ, with their old and new rows).
 */
export function changedContributions(
  before: readonly Contribution[],
  after: readonly Contribution[],
): Contribution[] {
  const beforeKeys = new Set(before.map(versionKey));
  const afterKeys = new Set(after.map(versionKey));
  return [
    ...before.filter((c) => !afterKeys.has(versionKey(c))),
    ...after.filter((c) => !beforeKeys.has(versionKey(c))),
  ];
}

/** The versions a published cell sums. */
interface PublishedSet {
  keys: ReadonlySet<string>;
}

/** Rank of a small 0/1 matrix, by Gaussian elimination with partial pivoting. */
function rank(rows: readonly number[][]): number {
  const m = rows.map((row) => [...row]);
  const columns = m[0]?.length ?? 0;
  let r = 0;
  for (let c = 0; c < columns && r < m.length; c++) {
    let pivot = r;
    for (let i = r + 1; i < m.length; i++) if (Math.abs(m[i][c]) > Math.abs(m[pivot][c])) pivot = i;
    if (Math.abs(m[pivot][c]) < 1e-9) continue;
    [m[r], m[pivot]] = [m[pivot], m[r]];
    for (let i = 0; i < m.length; i++) {
      const factor = i === r ? 0 : m[i][c] / m[r][c];
      if (factor !== 0) for (let j = c; j < columns; j++) m[i][j] -= factor * m[r][j];
    }
    r++;
  }
  return r;
}

/** Dimension of the combinations of `rows` that depend only on the columns `within`. */
function dimensionWithin(rows: readonly number[][], within: readonly boolean[]): number {
  if (rows.length === 0) return 0;
  const outside = rows.map((row) => row.filter((_, j) => !within[j]));
  return rank(rows) - (outside[0].length ? rank(outside) : 0);
}

/**
 * What the new release's published sets reveal that the rules forbid, as a count to drive to
 * zero. Atoms are groups of versions lying in the same published sets (any combination is
 * constant on each). An atom dominated by one enterprise (B) that the earlier sets alone did not
 * single out counts each. Atoms with too few enterprises (A) are harmless unless some combination
 * depends on them alone — every other combination also holds a passing atom, so at least the
 * minimum of enterprises — so what counts is how many more independent such combinations exist
 * than the earlier releases alone gave (an earlier release made before this rule may have given
 * some, and nothing published now can undo that).
 */
function violations(
  versions: ReadonlyMap<string, Contribution>,
  earlier: readonly PublishedSet[],
  current: readonly PublishedSet[],
  rules: DisclosureRules,
): number {
  const all = [...earlier, ...current];
  const signature = (key: string, sets: readonly PublishedSet[]) =>
    sets
      .map((set, index) => (set.keys.has(key) ? index : -1))
      .filter((index) => index >= 0)
      .join(',');
  const atoms = new Map<string, string[]>();
  const baseline = new Map<string, number>();
  const baselineOf = new Map<string, string>();
  for (const key of versions.keys()) {
    const full = signature(key, all);
    if (full === '') continue; // in no published figure
    atoms.set(full, [...(atoms.get(full) ?? []), key]);
    const base = signature(key, earlier);
    baselineOf.set(key, base);
    if (base) baseline.set(base, (baseline.get(base) ?? 0) + 1);
  }
  let count = 0;
  const signatures = [...atoms.keys()];
  const tooFew = signatures.map((full) => {
    const keys = atoms.get(full)!;
    const counts = contributionCounts(keys.map((key) => versions.get(key)!));
    const dominated =
      counts.maxEnterpriseEmployees * 100 > rules.maxEnterpriseSharePercent * counts.employees;
    const base = baselineOf.get(keys[0])!;
    const inherited = base !== '' && baseline.get(base) === keys.length;
    if (dominated && !inherited) count++;
    return !dominated && counts.enterprises < rules.minEnterprises;
  });
  if (!tooFew.some(Boolean)) return count;
  const members = signatures.map((full) => new Set(full.split(',').map(Number)));
  const row = (index: number) => members.map((sets) => (sets.has(index) ? 1 : 0));
  const allRows = all.map((_, index) => row(index));
  const earlierRows = allRows.slice(0, earlier.length);
  return count + dimensionWithin(allRows, tooFew) - dimensionWithin(earlierRows, tooFew);
}

/**
 * Decides, for the cells of one occupation × skill level in a new release, which publish their
 * figures, which carry forward an earlier release's figures and which are withheld, given every
 * earlier published release of the programme and year (oldest first).
 *
 * 1. **Change rule**: a cell the new release would publish, compared with each earlier
 *    publication of it, changed by the versions in one and not the other; when those fail the
 *    rules (fewer enterprises than the minimum, or one dominating), the change may not be
 *    published and the cell carries forward its latest earlier figures.
 * 2. **Atoms** (see above): while the published sets of all releases together break the rule
 *    where the earlier releases alone did not, one more cell carries forward (or, never published
 *    before, is withheld with footnote C): districts with the fewest employees first (then the
 *    lower region code, as C does), the city roll-up last, and among them the first whose removal
 *    lowers the count of what is broken. This ends at the latest when every new figure is carried or withheld:
 *    the new release then publishes only what earlier releases did.
 *
 * Cells whose published contributions equal an earlier publication's are left alone: their
 * figures are the earlier ones already.
 */
export function releaseChangeDecisions(
  cells: readonly NewCell[],
  earlier: readonly EarlierRelease[],
  rules: DisclosureRules,
): Map<string, CellDecision> {
  const decisions = new Map<string, CellDecision>();
  for (const cell of cells) {
    decisions.set(
      cell.regionCode,
      cell.footnote === null ? { kind: 'publish' } : { kind: 'withhold', footnote: cell.footnote },
    );
  }
  // earlier releases that cannot say what they published are left out: nothing to compare with
  const known = earlier.filter((release) =>
    release.cells.every((cell) => !cell.published || cell.contributions !== null),
  );
  if (known.length === 0) return decisions;

  const versions = new Map<string, Contribution>();
  const remember = (list: readonly Contribution[]) => list.forEach((c) => versions.set(versionKey(c), c));
  const earlierSets: PublishedSet[] = [];
  /** per region, its earlier publications, oldest first */
  const publications = new Map<
    string,
    Array<{ figuresFrom: string; contributions: readonly Contribution[] }>
  >();
  known.forEach((release) => {
    for (const cell of release.cells) {
      if (!cell.published) continue;
      remember(cell.contributions!);
      earlierSets.push({ keys: new Set(cell.contributions!.map(versionKey)) });
      publications.set(cell.regionCode, [
        ...(publications.get(cell.regionCode) ?? []),
        { figuresFrom: cell.figuresFrom, contributions: cell.contributions! },
      ]);
    }
  });
  for (const cell of cells) remember(cell.contributions);

  const sameSet = (a: readonly Contribution[], b: readonly Contribution[]) =>
    changedContributions(a, b).length === 0;
  const withdraw = (cell: NewCell) => {
    const latest = publications.get(cell.regionCode)?.at(-1);
    decisions.set(
      cell.regionCode,
      latest
        ? { kind: 'carry', releaseId: latest.figuresFrom }
        : { kind: 'withhold', footnote: FootnoteCode.Secondary },
    );
  };
  const isNewFigure = (cell: NewCell) =>
    decisions.get(cell.regionCode)!.kind === 'publish' &&
    !(publications.get(cell.regionCode) ?? []).some((p) => sameSet(p.contributions, cell.contributions));

  // 1. the change of each cell, against every earlier publication of it
  for (const cell of cells) {
    if (!isNewFigure(cell)) continue;
    const failing = (publications.get(cell.regionCode) ?? []).some(
      (p) =>
        primaryFootnote(
          contributionCounts(changedContributions(p.contributions, cell.contributions)),
          rules,
        ) !== null,
    );
    if (failing) withdraw(cell);
  }

  // 2. atoms of all published sets together
  const currentSets = (): PublishedSet[] =>
    cells.flatMap((cell) => {
      const decision = decisions.get(cell.regionCode)!;
      if (decision.kind === 'publish') return [{ keys: new Set(cell.contributions.map(versionKey)) }];
      if (decision.kind === 'carry') {
        const from = publications
          .get(cell.regionCode)!
          .findLast((p) => p.figuresFrom === decision.releaseId)!;
        return [{ keys: new Set(from.contributions.map(versionKey)) }];
      }
      return [];
    });
  let failing = violations(versions, earlierSets, currentSets(), rules);
  while (failing > 0) {
    const candidates = cells
      .filter(isNewFigure)
      .sort(
        (a, b) =>
          Number(a.total) - Number(b.total) ||
          a.employees - b.employees ||
          (a.regionCode < b.regionCode ? -1 : 1),
      );
    if (candidates.length === 0) break;
    let chosen = candidates[0];
    let after = Number.POSITIVE_INFINITY;
    for (const candidate of candidates) {
      const saved = decisions.get(candidate.regionCode)!;
      withdraw(candidate);
      const remaining = violations(versions, earlierSets, currentSets(), rules);
      decisions.set(candidate.regionCode, saved);
      if (remaining < failing) {
        chosen = candidate;
        after = remaining;
        break;
      }
    }
    withdraw(chosen);
    failing = Number.isFinite(after) ? after : violations(versions, earlierSets, currentSets(), rules);
  }
  return decisions;
}
