import { POST_CATEGORY_OPTIONS, SKILL_LEVEL_LABELS, SkillLevel, WAGE_FILE_COLUMNS } from '@skillpay/domain';
import { stringify } from 'csv-stringify/sync';

/**
 * Demo wage data: what each demo pilot enterprise uploads for the year before the demo programme,
 * as the csv an HR officer would fill in from the template. Deterministic (no randomness), so the
 * seeded benchmarks are the same on every machine: pay in a cell spreads around the cell's median
 * like a log-normal distribution sampled at evenly spaced quantiles.
 */
export const DEMO_WAGE_YEAR = 2025;

/** Median annual pay (yuan) of a skilled worker by level in the demo city's manufacturing. */
const LEVEL_MEDIAN: Partial<Record<SkillLevel, number>> = {
  [SkillLevel.Level5]: 62_000,
  [SkillLevel.Level4]: 74_000,
  [SkillLevel.Level3]: 88_000,
  [SkillLevel.Level2]: 108_000,
  [SkillLevel.Level1]: 132_000,
};
const TECHNICAL_MEDIAN = 118_000;
/** spread of log pay within a cell, and the share of each pay component */
const SIGMA = 0.16;
const COMPONENT_SHARES = {
  basePay: 0.32,
  postPay: 0.28,
  performancePay: 0.27,
  allowances: 0.09,
  otherPay: 0.04,
};

interface Staffing {
  occupationCode: string;
  /** employees per level; `technical` for engineers (no skill level) */
  headcount: Partial<Record<SkillLevel | 'technical', number>>;
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
const ENTERPRISES: Record<string, { payLevel: number; extra: Staffing[]; outsources?: string[] }> = {
  'ent-a': {
    payLevel: 1.12,
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
    extra: [
      { occupationCode: '6-20-01-01', factor: 0.97, headcount: { 'level-5': 6, 'level-4': 8, 'level-3': 3 } },
    ],
  },
  'ent-c': {
    payLevel: 1.04,
    extra: [
      { occupationCode: '6-26-01-01', factor: 1.0, headcount: { 'level-5': 5, 'level-4': 6, 'level-3': 2 } },
    ],
  },
  'ent-d': {
    payLevel: 1.08,
    extra: [
      { occupationCode: '6-31-03-05', factor: 0.92, headcount: { 'level-5': 4, 'level-4': 6, 'level-3': 3 } },
    ],
  },
  'ent-e': {
    payLevel: 1.05,
    extra: [
      { occupationCode: '6-30-05-02', factor: 1.04, headcount: { 'level-5': 4, 'level-4': 7, 'level-3': 3 } },
    ],
  },
  'ent-f': {
    payLevel: 0.92,
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
    extra: [
      { occupationCode: '6-26-01-01', factor: 1.02, headcount: { 'level-5': 4, 'level-4': 5, 'level-3': 2 } },
    ],
  },
  'ent-h': {
    payLevel: 1.1,
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
};

export const DEMO_WAGE_ENTERPRISES = Object.keys(ENTERPRISES);

/** Evenly spaced quantiles of the standard normal between about P7 and P93 (−1.5σ … 1.5σ). */
function spread(index: number, count: number): number {
  return count === 1 ? 0 : -1.5 + (3 * index) / (count - 1);
}

const cents = (value: number) => (Math.round(value * 100) / 100).toFixed(2);

/** The demo enterprise's wage file, in the template's columns (zh-CN headers). */
export function demoWageCsv(organisationKey: string): string {
  const { payLevel, extra, outsources = [] } = ENTERPRISES[organisationKey];
  const header = WAGE_FILE_COLUMNS.map((column) => column.header['zh-CN']);
  const rows: string[][] = [];
  const common = MACHINING.filter((staffing) => !outsources.includes(staffing.occupationCode));
  for (const staffing of [...common, ...extra]) {
    for (const [level, count = 0] of Object.entries(staffing.headcount)) {
      const technical = level === 'technical';
      const median =
        (technical ? TECHNICAL_MEDIAN : LEVEL_MEDIAN[level as SkillLevel]!) * payLevel * staffing.factor;
      for (let i = 0; i < count; i++) {
        // one in seven joined during the year
        const months = (rows.length + 3) % 7 === 0 ? 8 : 12;
        const annual = median * Math.exp(SIGMA * spread(i, count)) * (months / 12);
        const values: Record<string, string> = {
          employeeRef: `${organisationKey.toUpperCase()}-${String(rows.length + 1).padStart(4, '0')}`,
          occupationCode: staffing.occupationCode,
          skillLevel: technical ? '' : SKILL_LEVEL_LABELS[level as SkillLevel]['zh-CN'],
          postCategory: POST_CATEGORY_OPTIONS['zh-CN'][technical ? 1 : 0],
          monthsWorked: String(months),
          ...Object.fromEntries(
            Object.entries(COMPONENT_SHARES).map(([key, share]) => [key, cents(annual * share)]),
          ),
        };
        rows.push(WAGE_FILE_COLUMNS.map((column) => values[column.key]));
      }
    }
  }
  return '\uFEFF' + stringify([header, ...rows]);
}
