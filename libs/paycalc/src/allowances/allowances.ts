import { type Labels, SKILL_LEVEL_LABELS, SkillLevel } from '@skillpay/domain';
import {
  compareShare,
  type DecimalInput,
  formatScaled,
  fractionTo,
  ONE,
  type Scaled,
  scaled,
} from '../decimal';
import { PaycalcError } from '../errors';
import { requireList, requireUniqueKeys, toHeadcount, toInteger, toMoney } from '../input';
import { CALCULATOR_SOURCES, type SourceArticle } from '../sources';

export const MAX_ALLOWANCE_ROWS = 500;

const money = (value: Scaled) => formatScaled(value, 2);

// ---------------------------------------------------------------------------------------------
// Skill allowance (art. 31)

export interface SkillAllowanceRow {
  /** a national skill level, or the enterprise's own key (e.g. a "双师" row) */
  level: string;
  /** the enterprise's name for its own key; national levels have theirs */
  label?: string;
  /** 元 a month per person */
  monthlyAmount: DecimalInput;
  headcount: DecimalInput;
}

/** Case D (Qujing case 4): 技能工资 800 / 500 / 300 / 100 元 a month for 一级 … 四级. */
export const CASE_D_SKILL_PAY: Readonly<Partial<Record<SkillLevel, string>>> = {
  [SkillLevel.Level1]: '800',
  [SkillLevel.Level2]: '500',
  [SkillLevel.Level3]: '300',
  [SkillLevel.Level4]: '100',
};

/** Case B (Qujing case 2): 技能津贴 高级工 100, 技师 300, 高级技师 400 元 a month. */
export const CASE_B_SKILL_ALLOWANCE: Readonly<Partial<Record<SkillLevel, string>>> = {
  [SkillLevel.Level1]: '400',
  [SkillLevel.Level2]: '300',
  [SkillLevel.Level3]: '100',
};

export interface SkillAllowanceCost {
  rows: {
    level: string;
    label: Labels;
    monthlyAmount: string;
    headcount: number;
    monthlyCost: string;
    annualCost: string;
  }[];
  headcount: number;
  monthlyTotal: string;
  annualTotal: string;
  source: SourceArticle;
}

/** What a skill allowance costs a month and a year: amount × headcount per level, added up. */
/** skillAllowanceCost's input: one row per skill level. */
export interface SkillAllowanceInput {
  rows: readonly SkillAllowanceRow[];
}

export function skillAllowanceCost(input: SkillAllowanceInput): SkillAllowanceCost {
  const list = requireList(input.rows, 'rows', MAX_ALLOWANCE_ROWS);
  requireUniqueKeys(
    list.map((row) => row.level),
    (index) => `rows[${index}].level`,
  );
  let monthlyTotal = 0n;
  let people = 0;
  const rows = list.map((row, index) => {
    const amount = toMoney(row.monthlyAmount, `rows[${index}].monthlyAmount`);
    const headcount = toHeadcount(row.headcount, `rows[${index}].headcount`);
    const monthly = amount * BigInt(headcount);
    monthlyTotal += monthly;
    people += headcount;
    return {
      level: row.level,
      label: levelLabel(row, index),
      monthlyAmount: money(amount),
      headcount,
      monthlyCost: money(monthly),
      annualCost: money(monthly * 12n),
    };
  });
  return {
    rows,
    headcount: people,
    monthlyTotal: money(monthlyTotal),
    annualTotal: money(monthlyTotal * 12n),
    source: CALCULATOR_SOURCES.skillAllowance,
  };
}

function levelLabel(row: SkillAllowanceRow, index: number): Labels {
  const own = row.label?.trim();
  if (own) return { 'zh-CN': own, en: own };
  if ((Object.values(SkillLevel) as string[]).includes(row.level))
    return SKILL_LEVEL_LABELS[row.level as SkillLevel];
  throw new PaycalcError('missing', `rows[${index}].label`, row.label);
}

// ---------------------------------------------------------------------------------------------
// Team-leader allowance (art. 32)

export interface TeamLeaderByHeadcountInput {
  /** 元 a month for a team of up to `includedMembers` */
  base: DecimalInput;
  includedMembers: DecimalInput;
  /** 元 a month more for each skilled member beyond them */
  perExtraMember: DecimalInput;
  /** the most a leader gets, e.g. case B's 500 元; none when absent */
  cap?: DecimalInput | null;
  teams: readonly { key: string; label?: string; members: DecimalInput }[];
}

/** A team's allowance; `Amount` is the 元 figure (a decimal string in the result). */
export interface TeamLeaderRow<Amount = string> {
  key: string;
  label: string;
  /** by headcount: the team's members and those beyond the base's; null by category */
  members: number | null;
  extraMembers: number | null;
  /** by category: the team's category; null by headcount */
  category: string | null;
  monthly: Amount;
  /** the cap cut the allowance */
  capped: boolean;
}

export interface TeamLeaderAllowance {
  teams: TeamLeaderRow[];
  monthlyTotal: string;
  annualTotal: string;
  source: SourceArticle;
}

/** The first way of art. 32: a base rate, raised by a fixed amount for every member beyond those it covers, up to a cap. */
export function teamLeaderAllowanceByHeadcount(input: TeamLeaderByHeadcountInput): TeamLeaderAllowance {
  const base = toMoney(input.base, 'base');
  const included = toHeadcount(input.includedMembers, 'includedMembers');
  const perExtra = toMoney(input.perExtraMember, 'perExtraMember');
  const cap =
    input.cap === null || input.cap === undefined || input.cap === '' ? null : toMoney(input.cap, 'cap');
  if (cap !== null && cap < base) throw new PaycalcError('out-of-range', 'cap', input.cap, money(base));
  const teams = readTeams(input.teams).map((team, index) => {
    const members = toHeadcount(team.members, `teams[${index}].members`);
    const extra = Math.max(members - included, 0);
    const uncapped = base + perExtra * BigInt(extra);
    const capped = cap !== null && uncapped > cap;
    return {
      key: team.key,
      label: team.label?.trim() || team.key,
      members,
      extraMembers: extra,
      category: null,
      monthly: capped ? cap : uncapped,
      capped,
    };
  });
  return teamTotals(teams);
}

export interface TeamLeaderByCategoryInput {
  /** 元 a month per team category (by kind and difficulty) */
  categories: readonly { key: string; label?: string; monthly: DecimalInput }[];
  teams: readonly { key: string; label?: string; category: string }[];
}

/** The second way of art. 32: a rate per team category. */
export function teamLeaderAllowanceByCategory(input: TeamLeaderByCategoryInput): TeamLeaderAllowance {
  const categories = requireList(input.categories, 'categories', MAX_ALLOWANCE_ROWS);
  requireUniqueKeys(
    categories.map((category) => category.key),
    (index) => `categories[${index}].key`,
  );
  const rates = new Map(
    categories.map((category, index) => [
      category.key,
      toMoney(category.monthly, `categories[${index}].monthly`),
    ]),
  );
  const teams = readTeams(input.teams).map((team, index) => {
    const rate = rates.get(team.category);
    if (rate === undefined) throw new PaycalcError('unknown', `teams[${index}].category`, team.category);
    return {
      key: team.key,
      label: team.label?.trim() || team.key,
      members: null,
      extraMembers: null,
      category: team.category,
      monthly: rate,
      capped: false,
    };
  });
  return teamTotals(teams);
}

function readTeams<T extends { key: string }>(teams: readonly T[]): readonly T[] {
  const list = requireList(teams, 'teams', MAX_ALLOWANCE_ROWS);
  requireUniqueKeys(
    list.map((team) => team.key),
    (index) => `teams[${index}].key`,
  );
  return list;
}

function teamTotals(teams: TeamLeaderRow<Scaled>[]): TeamLeaderAllowance {
  const monthly = teams.reduce((sum, team) => sum + team.monthly, 0n);
  return {
    teams: teams.map((team) => ({ ...team, monthly: money(team.monthly) })),
    monthlyTotal: money(monthly),
    annualTotal: money(monthly * 12n),
    source: CALCULATOR_SOURCES.teamLeaderAllowance,
  };
}

// ---------------------------------------------------------------------------------------------
// Mentor allowance (art. 33)

/** Case B: 300 元 a month per apprentice. */
export const CASE_B_MENTOR_RATE = '300';
/** Case B's agreements run 3–24 months; five years bounds any agreement. */
export const MAX_AGREEMENT_MONTHS = 60;

export interface MentorAllowanceInput {
  /** 元 a month per apprentice */
  ratePerApprentice: DecimalInput;
  mentors: readonly { key: string; label?: string; apprentices: DecimalInput; months: DecimalInput }[];
}

export interface MentorAllowance {
  mentors: {
    key: string;
    label: string;
    apprentices: number;
    months: number;
    monthly: string;
    agreementTotal: string;
  }[];
  /** all mentors in a month while every agreement runs */
  monthlyTotal: string;
  /** all agreements over their whole terms */
  agreementTotal: string;
  source: SourceArticle;
}

/** Mentor allowance: rate × apprentices a month, over each agreement's months. */
export function mentorAllowance(input: MentorAllowanceInput): MentorAllowance {
  const rate = toMoney(input.ratePerApprentice, 'ratePerApprentice');
  const list = requireList(input.mentors, 'mentors', MAX_ALLOWANCE_ROWS);
  requireUniqueKeys(
    list.map((mentor) => mentor.key),
    (index) => `mentors[${index}].key`,
  );
  let monthlyTotal = 0n;
  let agreementTotal = 0n;
  const mentors = list.map((mentor, index) => {
    const apprentices = toHeadcount(mentor.apprentices, `mentors[${index}].apprentices`);
    const months = toInteger(mentor.months, `mentors[${index}].months`, {
      min: 1,
      max: MAX_AGREEMENT_MONTHS,
    });
    const monthly = rate * BigInt(apprentices);
    const total = monthly * BigInt(months);
    monthlyTotal += monthly;
    agreementTotal += total;
    return {
      key: mentor.key,
      label: mentor.label?.trim() || mentor.key,
      apprentices,
      months,
      monthly: money(monthly),
      agreementTotal: money(total),
    };
  });
  return {
    mentors,
    monthlyTotal: money(monthlyTotal),
    agreementTotal: money(agreementTotal),
    source: CALCULATOR_SOURCES.mentorAllowance,
  };
}

// ---------------------------------------------------------------------------------------------
// Night-shift allowance (art. 29)

/** Art. 29: for some 四班三运转 posts, 15 %–20 % of monthly gross pay. */
export const NIGHT_SHIFT_TYPICAL_PERCENT = { min: '15', max: '20' } as const;

export interface NightShiftInput {
  /** 月度夜班津贴, 元 */
  nightAllowance: DecimalInput;
  /** 月度应发工资 including the night allowance, 元 */
  grossPay: DecimalInput;
}

export interface NightShiftShare {
  sharePercent: string;
  /** null inside 15–20 % (both ends included) */
  note: 'below-typical-range' | 'above-typical-range' | null;
  typicalPercent: { min: string; max: string };
  /** the allowance at 15 % and at 20 % of this gross pay, for comparison */
  typicalAllowance: { min: string; max: string };
  source: SourceArticle;
}

/**
 * The night-shift allowance's share of monthly gross pay, with a note when it lies outside the
 * 15–20 % art. 29 reports for 四班三运转 posts — a note, not a failure: the article describes
 * practice and leaves the level to the enterprise.
 */
export function nightShiftShare(input: NightShiftInput): NightShiftShare {
  const allowance = toMoney(input.nightAllowance, 'nightAllowance');
  const gross = toMoney(input.grossPay, 'grossPay');
  if (gross === 0n) throw new PaycalcError('not-positive', 'grossPay', input.grossPay);
  if (allowance > gross)
    throw new PaycalcError('out-of-range', 'nightAllowance', input.nightAllowance, money(gross));
  const min = scaled(NIGHT_SHIFT_TYPICAL_PERCENT.min);
  const max = scaled(NIGHT_SHIFT_TYPICAL_PERCENT.max);
  // compared exactly: 14.999 % shows as 15.00 % but is below the range
  const note =
    compareShare(allowance, gross, min) < 0
      ? 'below-typical-range'
      : compareShare(allowance, gross, max) > 0
        ? 'above-typical-range'
        : null;
  return {
    sharePercent: formatScaled(fractionTo(allowance * 100n, gross, 2), 2),
    note,
    typicalPercent: { min: money(min), max: money(max) },
    typicalAllowance: {
      min: money(fractionTo(gross * min, 100n * ONE * ONE, 2)),
      max: money(fractionTo(gross * max, 100n * ONE * ONE, 2)),
    },
    source: CALCULATOR_SOURCES.nightShiftAllowance,
  };
}
