import { POST_CATEGORY_OPTIONS, SKILL_LEVEL_LABELS, SkillLevel, WAGE_FILE_COLUMNS } from '@skillpay/domain';
import { stringify } from 'csv-stringify/sync';

/**
 * Demo wage data: what each demo enterprise uploads, as the csv an HR officer would fill in from the
 * template. Deterministic (no randomness), so the seeded benchmarks and evaluation figures are the
 * same on every machine: pay in a cell spreads around the cell's median like a log-normal
 * distribution sampled at evenly spaced quantiles.
 *
 * DEMO_WAGE_YEAR (2025, the year before the demo programme) is the baseline every enterprise
 * uploads and the benchmark release is made of; DEMO_OUTCOME_YEAR (2026, the programme's year) is
 * the same staff a year later, each group's pay grown by the enterprise's own rate (DEMO_OUTCOMES),
 * so the evaluation measures growth, the central opinions' rule and the variable share from rows.
 */
export const DEMO_WAGE_YEAR = 2025;
export const DEMO_OUTCOME_YEAR = 2026;

/** Median annual pay (yuan) of a skilled worker by level in Qingdao's manufacturing, 2025. */
const LEVEL_MEDIAN: Partial<Record<SkillLevel, number>> = {
  [SkillLevel.Level5]: 60_000,
  [SkillLevel.Level4]: 76_000,
  [SkillLevel.Level3]: 98_000,
  [SkillLevel.Level2]: 126_000,
  [SkillLevel.Level1]: 150_000,
};
const TECHNICAL_MEDIAN = 124_000;
/** 管理岗位: workshop directors, production and supply-chain managers */
const MANAGEMENT_MEDIAN = 196_000;
/**
 * Management posts carry the supply-chain manager's code: the starter catalogue has no code of
 * 大类 1 (负责人), and the template asks a catalogue code of every row.
 */
const MANAGEMENT_OCCUPATION = '4-02-06-05';
/** spread of log pay within a cell */
const SIGMA = 0.16;
/** how the fixed part (everything but performance pay) divides into the other components */
const FIXED_SHARES = { basePay: 0.44, postPay: 0.38, allowances: 0.13, otherPay: 0.05 };

type Group = 'junior' | 'highSkill' | 'technical' | 'management';

/** The group whose growth a row follows: 高级工 and above are the high-skill talents. */
function groupOf(level: SkillLevel | 'technical' | 'management'): Group {
  if (level === 'technical' || level === 'management') return level;
  return [SkillLevel.Level5, SkillLevel.Level4].includes(level) ? 'junior' : 'highSkill';
}

/**
 * Each enterprise's pay growth 2025 → 2026 by group (fractions) and its performance pay's share of
 * total pay in each year. The pilots far along (ent-a, ent-d, ent-e, ent-i) raise high-skill pay
 * faster than management's and move towards case B's 4 : 6; those starting (ent-b, ent-c) do not
 * yet — nor do the non-pilots, whose management pay grows fastest.
 */
export const DEMO_OUTCOMES: Record<
  string,
  { growth: Record<Group, number>; performanceShare: Record<number, number> }
> = {
  'ent-a': {
    growth: { junior: 0.052, highSkill: 0.068, technical: 0.045, management: 0.039 },
    performanceShare: { 2025: 0.52, 2026: 0.58 },
  },
  'ent-b': {
    growth: { junior: 0.036, highSkill: 0.032, technical: 0.04, management: 0.046 },
    performanceShare: { 2025: 0.41, 2026: 0.43 },
  },
  'ent-c': {
    growth: { junior: 0.03, highSkill: 0.034, technical: 0.038, management: 0.041 },
    performanceShare: { 2025: 0.38, 2026: 0.4 },
  },
  'ent-d': {
    growth: { junior: 0.042, highSkill: 0.059, technical: 0.044, management: 0.032 },
    performanceShare: { 2025: 0.54, 2026: 0.59 },
  },
  'ent-e': {
    growth: { junior: 0.048, highSkill: 0.061, technical: 0.042, management: 0.035 },
    performanceShare: { 2025: 0.5, 2026: 0.56 },
  },
  'ent-f': {
    growth: { junior: 0.04, highSkill: 0.046, technical: 0.039, management: 0.041 },
    performanceShare: { 2025: 0.45, 2026: 0.5 },
  },
  'ent-g': {
    growth: { junior: 0.045, highSkill: 0.05, technical: 0.041, management: 0.04 },
    performanceShare: { 2025: 0.46, 2026: 0.51 },
  },
  'ent-h': {
    growth: { junior: 0.046, highSkill: 0.054, technical: 0.043, management: 0.036 },
    performanceShare: { 2025: 0.5, 2026: 0.55 },
  },
  'ent-i': {
    growth: { junior: 0.05, highSkill: 0.065, technical: 0.046, management: 0.038 },
    performanceShare: { 2025: 0.55, 2026: 0.6 },
  },
  'np-a': {
    growth: { junior: 0.034, highSkill: 0.031, technical: 0.036, management: 0.052 },
    performanceShare: { 2025: 0.36, 2026: 0.36 },
  },
  'np-b': {
    growth: { junior: 0.038, highSkill: 0.03, technical: 0.035, management: 0.048 },
    performanceShare: { 2025: 0.33, 2026: 0.34 },
  },
  'np-c': {
    growth: { junior: 0.032, highSkill: 0.036, technical: 0.04, management: 0.044 },
    performanceShare: { 2025: 0.4, 2026: 0.41 },
  },
  'np-d': {
    growth: { junior: 0.03, highSkill: 0.029, technical: 0.033, management: 0.05 },
    performanceShare: { 2025: 0.42, 2026: 0.42 },
  },
};

interface Staffing {
  occupationCode: string;
  /** employees per level; `technical` for engineers, `management` for managers (no skill level) */
  headcount: Partial<Record<SkillLevel | 'technical' | 'management', number>>;
  /** this occupation's pay relative to the level median */
  factor: number;
}

const MACHINING: Staffing[] = [
  {
    occupationCode: '6-18-01-01',
    factor: 1.0,
    headcount: { 'level-5': 6, 'level-4': 10, 'level-3': 7, 'level-2': 3 },
  },
  {
    occupationCode: '6-18-02-04',
    factor: 1.06,
    headcount: { 'level-5': 5, 'level-4': 9, 'level-3': 6, 'level-2': 2 },
  },
  { occupationCode: '6-31-01-03', factor: 0.98, headcount: { 'level-4': 5, 'level-3': 4, 'level-2': 2 } },
  {
    occupationCode: '6-31-01-02',
    factor: 1.02,
    headcount: { 'level-4': 4, 'level-3': 4, 'level-2': 2, 'level-1': 1 },
  },
  { occupationCode: '2-02-07-02', factor: 1.0, headcount: { technical: 6 } },
];

/**
 * What each demo enterprise employs (the common machining trades except those it `outsources`,
 * and its `extra` trades) and how well it pays.
 */
const ENTERPRISES: Record<
  string,
  { payLevel: number; managers: number; extra: Staffing[]; outsources?: string[] }
> = {
  'ent-a': {
    payLevel: 1.12,
    managers: 12,
    extra: [
      {
        occupationCode: '6-23-02-01',
        factor: 1.05,
        headcount: { 'level-5': 8, 'level-4': 12, 'level-3': 6 },
      },
      { occupationCode: '6-23-02-03', factor: 1.03, headcount: { 'level-4': 6, 'level-3': 4, 'level-2': 2 } },
    ],
  },
  'ent-b': {
    payLevel: 0.96,
    managers: 6,
    extra: [
      { occupationCode: '6-20-01-01', factor: 0.97, headcount: { 'level-5': 6, 'level-4': 8, 'level-3': 3 } },
    ],
  },
  'ent-c': {
    payLevel: 1.04,
    managers: 4,
    extra: [
      { occupationCode: '6-26-01-01', factor: 1.0, headcount: { 'level-5': 5, 'level-4': 6, 'level-3': 2 } },
    ],
  },
  'ent-d': {
    payLevel: 1.08,
    managers: 9,
    extra: [
      { occupationCode: '6-31-03-05', factor: 0.92, headcount: { 'level-5': 4, 'level-4': 6, 'level-3': 3 } },
    ],
  },
  'ent-e': {
    payLevel: 1.05,
    managers: 10,
    extra: [
      { occupationCode: '6-30-05-02', factor: 1.04, headcount: { 'level-5': 4, 'level-4': 7, 'level-3': 3 } },
    ],
  },
  'ent-f': {
    payLevel: 0.92,
    managers: 7,
    extra: [
      {
        occupationCode: '6-22-02-01',
        factor: 0.96,
        headcount: { 'level-5': 10, 'level-4': 8, 'level-3': 3 },
      },
    ],
  },
  'ent-g': {
    payLevel: 1.0,
    managers: 5,
    extra: [
      { occupationCode: '6-26-01-01', factor: 1.02, headcount: { 'level-5': 4, 'level-4': 5, 'level-3': 2 } },
    ],
  },
  'ent-h': {
    payLevel: 1.1,
    managers: 11,
    // plant electrics are maintained by the group's service company: 城阳区 has no electrician, so
    // the electrician cells of 黄岛区 and 崂山区 are published beside the city's (no secondary suppression)
    outsources: ['6-31-01-03'],
    extra: [
      {
        occupationCode: '6-20-01-01',
        factor: 1.0,
        headcount: { 'level-5': 6, 'level-4': 10, 'level-3': 6, 'level-2': 2 },
      },
    ],
  },
  // 市直 pilot, uploads after the 2025 release was published
  'ent-i': {
    payLevel: 1.1,
    managers: 12,
    extra: [
      {
        occupationCode: '6-23-02-02',
        factor: 1.04,
        headcount: { 'level-5': 6, 'level-4': 9, 'level-3': 7, 'level-2': 3, 'level-1': 2 },
      },
      { occupationCode: '6-30-05-02', factor: 1.02, headcount: { 'level-5': 4, 'level-4': 6, 'level-3': 3 } },
    ],
  },
  // non-pilots, in the city's earlier (closed) programme
  'np-a': {
    payLevel: 0.95,
    managers: 6,
    outsources: ['6-31-01-02'],
    extra: [
      { occupationCode: '6-20-01-01', factor: 0.98, headcount: { 'level-5': 5, 'level-4': 7, 'level-3': 3 } },
    ],
  },
  'np-b': {
    payLevel: 0.9,
    managers: 4,
    outsources: ['6-31-01-02', '6-31-01-03'],
    extra: [],
  },
  'np-c': {
    payLevel: 1.0,
    managers: 5,
    extra: [
      { occupationCode: '6-26-01-01', factor: 1.0, headcount: { 'level-5': 4, 'level-4': 6, 'level-3': 2 } },
    ],
  },
  'np-d': {
    payLevel: 1.04,
    managers: 9,
    extra: [
      {
        occupationCode: '6-31-02-01',
        factor: 1.03,
        headcount: { 'level-5': 6, 'level-4': 8, 'level-3': 5, 'level-2': 2 },
      },
    ],
  },
};

/** The demo pilots whose 2025 files make the published benchmark release. */
export const DEMO_WAGE_ENTERPRISES = ['ent-a', 'ent-b', 'ent-c', 'ent-d', 'ent-e', 'ent-f', 'ent-g', 'ent-h'];
/** Every demo pilot of the demo programme: 2025 and 2026 files (the evaluation's before and after). */
export const DEMO_OUTCOME_PILOTS = [...DEMO_WAGE_ENTERPRISES, 'ent-i'];
/** Enterprises that are not pilots of the demo programme: 2025 and 2026 files in the earlier programme. */
export const DEMO_NON_PILOT_WAGE_ENTERPRISES = ['np-a', 'np-b', 'np-c', 'np-d'];

/** Evenly spaced quantiles of the standard normal between about P7 and P93 (−1.5σ … 1.5σ). */
function spread(index: number, count: number): number {
  return count === 1 ? 0 : -1.5 + (3 * index) / (count - 1);
}

const cents = (value: number) => (Math.round(value * 100) / 100).toFixed(2);

interface DemoWageRow {
  values: Record<string, string>;
  level: SkillLevel | 'technical' | 'management';
  /** annual pay as if employed all year (yuan) */
  annualised: number;
}

/**
 * The enterprise's rows for a year: the same employees (refs, posts, months) every year, pay
 * grown from DEMO_WAGE_YEAR by the enterprise's group rates, split with the year's performance
 * share.
 */
function demoWageRows(organisationKey: string, year: number): DemoWageRow[] {
  const { payLevel, managers, extra, outsources = [] } = ENTERPRISES[organisationKey];
  const outcome = DEMO_OUTCOMES[organisationKey];
  const performanceShare = outcome.performanceShare[year];
  if (performanceShare === undefined) throw new Error(`no demo wage data of ${organisationKey} for ${year}`);
  const management: Staffing = {
    occupationCode: MANAGEMENT_OCCUPATION,
    factor: 1,
    headcount: { management: managers },
  };
  const rows: DemoWageRow[] = [];
  const common = MACHINING.filter((staffing) => !outsources.includes(staffing.occupationCode));
  for (const staffing of [...common, ...extra, management]) {
    for (const [key, count = 0] of Object.entries(staffing.headcount)) {
      const level = key as DemoWageRow['level'];
      const unrated = level === 'technical' || level === 'management';
      const base =
        level === 'technical'
          ? TECHNICAL_MEDIAN
          : level === 'management'
            ? MANAGEMENT_MEDIAN
            : LEVEL_MEDIAN[level]!;
      const growth = year > DEMO_WAGE_YEAR ? 1 + outcome.growth[groupOf(level)] : 1;
      const median = base * payLevel * staffing.factor * growth;
      for (let i = 0; i < count; i++) {
        // one in seven joined during the year
        const months = (rows.length + 3) % 7 === 0 ? 8 : 12;
        const annualised = median * Math.exp(SIGMA * spread(i, count));
        const total = annualised * (months / 12);
        const fixed = total * (1 - performanceShare);
        rows.push({
          level,
          annualised,
          values: {
            employeeRef: `${organisationKey.toUpperCase()}-${String(rows.length + 1).padStart(4, '0')}`,
            occupationCode: staffing.occupationCode,
            skillLevel: unrated ? '' : SKILL_LEVEL_LABELS[level as SkillLevel]['zh-CN'],
            postCategory:
              POST_CATEGORY_OPTIONS['zh-CN'][level === 'management' ? 2 : level === 'technical' ? 1 : 0],
            monthsWorked: String(months),
            performancePay: cents(total * performanceShare),
            ...Object.fromEntries(
              Object.entries(FIXED_SHARES).map(([column, share]) => [column, cents(fixed * share)]),
            ),
          },
        });
      }
    }
  }
  return rows;
}

/** The demo enterprise's wage file for a year, in the template's columns (zh-CN headers). */
export function demoWageCsv(organisationKey: string, year: number = DEMO_WAGE_YEAR): string {
  const header = WAGE_FILE_COLUMNS.map((column) => column.header['zh-CN']);
  const rows = demoWageRows(organisationKey, year).map((row) =>
    WAGE_FILE_COLUMNS.map((column) => row.values[column.key]),
  );
  return '\uFEFF' + stringify([header, ...rows]);
}

/**
 * What the enterprise's payroll says of a year, as it would type it into a progress report:
 * headcount and mean annualised pay (whole yuan) by skill level, and management's mean.
 */
export function demoWageMeans(
  organisationKey: string,
  year: number,
): {
  levels: Map<SkillLevel, { headcount: number; mean: number }>;
  management: number;
  technical: number;
  all: number;
} {
  const rows = demoWageRows(organisationKey, year);
  const mean = (of: DemoWageRow[]) =>
    Math.round(of.reduce((sum, row) => sum + row.annualised, 0) / of.length);
  const levels = new Map<SkillLevel, { headcount: number; mean: number }>();
  for (const level of Object.values(SkillLevel)) {
    const at = rows.filter((row) => row.level === level);
    if (at.length > 0) levels.set(level, { headcount: at.length, mean: mean(at) });
  }
  return {
    levels,
    management: mean(rows.filter((row) => row.level === 'management')),
    technical: mean(rows.filter((row) => row.level === 'technical')),
    all: mean(rows),
  };
}
