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
 * depends on is a union of whole atoms; if every atom holds at least the minimum number of
 * enterprises and none is dominated by one enterprise, no combination — a change, a change of a
 * remainder, a cell published now minus one published before — isolates fewer enterprises than a
 * published cell may. This is a sufficient condition (it also withholds some combinations nobody
 * could compute), the same one secondary suppression (C) applies within one release, where the
 * atoms are the published districts and the remainder.
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

interface PublishedSet {
  /** index of the earlier release, or -1 for the new one */
  release: number;
  keys: ReadonlySet<string>;
}

/**
 * Atoms the new release's published sets split off the earlier releases' that fail the rules:
 * an atom is a group of versions lying in the same published sets; it is the new release's doing
 * when the earlier sets alone did not single it out (an earlier release made before this rule may
 * already have, and nothing published now can undo that).
 */
function violations(
  versions: ReadonlyMap<string, Contribution>,
  earlier: readonly PublishedSet[],
  current: readonly PublishedSet[],
  rules: DisclosureRules,
): number {
  const signature = (key: string, sets: readonly PublishedSet[]) =>
    sets.map((set, index) => (set.keys.has(key) ? index : -1)).filter((index) => index >= 0);
  const atoms = new Map<string, string[]>();
  const baseline = new Map<string, string[]>();
  const baselineOf = new Map<string, string>();
  const all = [...earlier, ...current];
  for (const key of versions.keys()) {
    const full = signature(key, all);
    if (full.length === 0) continue; // in no published figure
    const fullKey = full.join(',');
    atoms.set(fullKey, [...(atoms.get(fullKey) ?? []), key]);
    const base = signature(key, earlier).join(',');
    baselineOf.set(key, base);
    if (base) baseline.set(base, [...(baseline.get(base) ?? []), key]);
  }
  let count = 0;
  for (const keys of atoms.values()) {
    const base = baselineOf.get(keys[0])!;
    const inherited = base !== '' && baseline.get(base)!.length === keys.length;
    if (inherited) continue;
    if (primaryFootnote(contributionCounts(keys.map((key) => versions.get(key)!)), rules) !== null) count++;
  }
  return count;
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
 * 2. **Atoms** (see above): while the published sets of all releases together leave an atom the
 *    new release split off that fails the rules, one more cell carries forward (or, never published
 *    before, is withheld with footnote C): districts with the fewest employees first (then the
 *    lower region code, as C does), the city roll-up last, and among them the first whose removal
 *    removes a failing atom. This ends at the latest when every new figure is carried or withheld:
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
  known.forEach((release, index) => {
    for (const cell of release.cells) {
      if (!cell.published) continue;
      remember(cell.contributions!);
      earlierSets.push({ release: index, keys: new Set(cell.contributions!.map(versionKey)) });
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
      if (decision.kind === 'publish')
        return [{ release: -1, keys: new Set(cell.contributions.map(versionKey)) }];
      if (decision.kind === 'carry') {
        const from = publications
          .get(cell.regionCode)!
          .findLast((p) => p.figuresFrom === decision.releaseId)!;
        return [{ release: -1, keys: new Set(from.contributions.map(versionKey)) }];
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
