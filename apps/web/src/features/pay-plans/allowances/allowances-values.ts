import { SkillLevel } from '@skillpay/domain';
import {
  type AllowancesCalculatorInput,
  CASE_B_SKILL_ALLOWANCE,
  CASE_D_SKILL_PAY,
  type MentorAllowance,
  mentorAllowance,
  type NightShiftShare,
  nightShiftShare,
  type SkillAllowanceCost,
  skillAllowanceCost,
  type TeamLeaderAllowance,
  teamLeaderAllowanceByCategory,
  teamLeaderAllowanceByHeadcount,
} from '@skillpay/paycalc';
import { calculate, decimalOf, formPathOf, type Live } from '../shared/live-calculation';

/**
 * The allowances form (arts. 28–34) and the plan input it stands for. The form keeps each part's
 * paycalc input shape under the part's key of the composite input (CALCULATOR_PARTS.allowances),
 * so `mentor` + `mentors[1].months` is the form field `mentor.mentors.1.months`; only the skill
 * allowance's own levels differ (a "custom" level carries its name in `label`).
 */

export type AllowancePart = 'skillAllowance' | 'teamLeader' | 'mentor' | 'nightShift';
export const ALLOWANCE_PARTS: readonly AllowancePart[] = [
  'skillAllowance',
  'teamLeader',
  'mentor',
  'nightShift',
];
export type TeamLeaderWay = 'headcount' | 'category';

/** A skill-allowance row's level: a national level, or the enterprise's own (named in `label`). */
export const CUSTOM_LEVEL = 'custom';

type Field = number | string | null | undefined;

export interface SkillRowValues {
  level?: string;
  label?: string;
  monthlyAmount?: Field;
  headcount?: Field;
}

export interface AllowancesFormValues {
  include: Record<AllowancePart, boolean>;
  skillAllowance: { rows: SkillRowValues[] };
  teamLeaderWay: TeamLeaderWay;
  teamLeaderByHeadcount: {
    base?: Field;
    includedMembers?: Field;
    perExtraMember?: Field;
    cap?: Field;
    teams: { key?: string; members?: Field }[];
  };
  teamLeaderByCategory: {
    categories: { key?: string; monthly?: Field }[];
    teams: { key?: string; category?: string }[];
  };
  mentor: {
    ratePerApprentice?: Field;
    mentors: { key?: string; apprentices?: Field; months?: Field }[];
  };
  nightShift: { nightAllowance?: Field; grossPay?: Field };
}

/** Case D (Qujing case 4): the named headcounts, and the 195 中级工 its 82,400 元 a month imply. */
export const CASE_D_HEADCOUNTS: Readonly<Partial<Record<SkillLevel, number>>> = {
  [SkillLevel.Level1]: 14,
  [SkillLevel.Level2]: 20,
  [SkillLevel.Level3]: 139,
  [SkillLevel.Level4]: 195,
};

/** Case B (Qujing case 2): 3,059 高级工, 454 技师, 98 高级技师. */
export const CASE_B_HEADCOUNTS: Readonly<Partial<Record<SkillLevel, number>>> = {
  [SkillLevel.Level1]: 98,
  [SkillLevel.Level2]: 454,
  [SkillLevel.Level3]: 3059,
};

function presetRows(
  amounts: Readonly<Partial<Record<SkillLevel, string>>>,
  headcounts: Readonly<Partial<Record<SkillLevel, number>>>,
): SkillRowValues[] {
  return (Object.keys(amounts) as SkillLevel[]).map((level) => ({
    level,
    monthlyAmount: amounts[level],
    headcount: headcounts[level] ?? 0,
  }));
}

export const SKILL_ALLOWANCE_PRESETS = {
  caseD: () => presetRows(CASE_D_SKILL_PAY, CASE_D_HEADCOUNTS),
  caseB: () => presetRows(CASE_B_SKILL_ALLOWANCE, CASE_B_HEADCOUNTS),
} as const;

/**
 * The levels MOHRSS art. 31 names for a skill allowance (高级工, 技师, 高级技师), amounts for the
 * enterprise to set: a city's case figures are examples to load, never the default.
 */
export const NATIONAL_SKILL_ALLOWANCE_LEVELS = [
  SkillLevel.Level3,
  SkillLevel.Level2,
  SkillLevel.Level1,
] as const;

/** A new form: the national certificate levels without amounts, and empty other parts. */
export function newAllowancesValues(): AllowancesFormValues {
  return {
    include: { skillAllowance: true, teamLeader: false, mentor: false, nightShift: false },
    skillAllowance: {
      rows: NATIONAL_SKILL_ALLOWANCE_LEVELS.map((level) => ({ level, monthlyAmount: 0, headcount: 0 })),
    },
    teamLeaderWay: 'headcount',
    teamLeaderByHeadcount: { teams: [{}] },
    teamLeaderByCategory: { categories: [{}], teams: [{}] },
    mentor: { mentors: [{}] },
    nightShift: {},
  };
}

const text = (value: unknown): string => (typeof value === 'string' ? value.trim() : '');

function skillInput(
  values: AllowancesFormValues['skillAllowance'],
): NonNullable<AllowancesCalculatorInput['skillAllowance']> {
  return {
    rows: (values?.rows ?? []).map((row) => {
      const custom = !row?.level || row.level === CUSTOM_LEVEL;
      const base = { monthlyAmount: decimalOf(row?.monthlyAmount), headcount: decimalOf(row?.headcount) };
      // an own level is keyed by its name, which paycalc then requires to be unique and given
      return custom
        ? { level: text(row?.label), label: text(row?.label), ...base }
        : { level: row.level!, ...base };
    }),
  };
}

/** The plan input for what the form holds: only the parts switched on. */
export function allowancesInputOf(values: AllowancesFormValues): AllowancesCalculatorInput {
  const input: AllowancesCalculatorInput = {};
  const include = values.include ?? {};
  if (include.skillAllowance) input.skillAllowance = skillInput(values.skillAllowance);
  if (include.teamLeader && values.teamLeaderWay === 'category') {
    const part = values.teamLeaderByCategory;
    input.teamLeaderByCategory = {
      categories: (part?.categories ?? []).map((category) => ({
        key: text(category?.key),
        monthly: decimalOf(category?.monthly),
      })),
      teams: (part?.teams ?? []).map((team) => ({ key: text(team?.key), category: text(team?.category) })),
    };
  } else if (include.teamLeader) {
    const part = values.teamLeaderByHeadcount;
    const cap = decimalOf(part?.cap);
    input.teamLeaderByHeadcount = {
      base: decimalOf(part?.base),
      includedMembers: decimalOf(part?.includedMembers),
      perExtraMember: decimalOf(part?.perExtraMember),
      cap: cap === '' ? null : cap,
      teams: (part?.teams ?? []).map((team) => ({ key: text(team?.key), members: decimalOf(team?.members) })),
    };
  }
  if (include.mentor) {
    input.mentor = {
      ratePerApprentice: decimalOf(values.mentor?.ratePerApprentice),
      mentors: (values.mentor?.mentors ?? []).map((mentor) => ({
        key: text(mentor?.key),
        apprentices: decimalOf(mentor?.apprentices),
        months: decimalOf(mentor?.months),
      })),
    };
  }
  if (include.nightShift) {
    input.nightShift = {
      nightAllowance: decimalOf(values.nightShift?.nightAllowance),
      grossPay: decimalOf(values.nightShift?.grossPay),
    };
  }
  return input;
}

/** The form for a saved plan's input (to change it and save a new version). */
export function allowancesValuesOf(input: AllowancesCalculatorInput): AllowancesFormValues {
  const empty = newAllowancesValues();
  const national = (level: string) => (Object.values(SkillLevel) as string[]).includes(level);
  return {
    include: {
      skillAllowance: Boolean(input.skillAllowance),
      teamLeader: Boolean(input.teamLeaderByHeadcount ?? input.teamLeaderByCategory),
      mentor: Boolean(input.mentor),
      nightShift: Boolean(input.nightShift),
    },
    skillAllowance: input.skillAllowance
      ? {
          rows: input.skillAllowance.rows.map((row) =>
            national(row.level) && !row.label
              ? { level: row.level, monthlyAmount: row.monthlyAmount, headcount: row.headcount }
              : {
                  level: CUSTOM_LEVEL,
                  label: row.label ?? row.level,
                  monthlyAmount: row.monthlyAmount,
                  headcount: row.headcount,
                },
          ),
        }
      : empty.skillAllowance,
    teamLeaderWay: input.teamLeaderByCategory ? 'category' : 'headcount',
    teamLeaderByHeadcount: input.teamLeaderByHeadcount
      ? {
          ...input.teamLeaderByHeadcount,
          teams: input.teamLeaderByHeadcount.teams.map((team) => ({ ...team })),
        }
      : empty.teamLeaderByHeadcount,
    teamLeaderByCategory: input.teamLeaderByCategory
      ? {
          categories: input.teamLeaderByCategory.categories.map((category) => ({ ...category })),
          teams: input.teamLeaderByCategory.teams.map((team) => ({ ...team })),
        }
      : empty.teamLeaderByCategory,
    mentor: input.mentor
      ? { ...input.mentor, mentors: input.mentor.mentors.map((mentor) => ({ ...mentor })) }
      : empty.mentor,
    nightShift: input.nightShift ? { ...input.nightShift } : empty.nightShift,
  };
}

export interface LiveAllowances {
  input: AllowancesCalculatorInput;
  skillAllowance: Live<SkillAllowanceCost> | null;
  teamLeader: Live<TeamLeaderAllowance> | null;
  mentor: Live<MentorAllowance> | null;
  nightShift: Live<NightShiftShare> | null;
  /** the first bad input of any part switched on, as a form path; null when all compute */
  errorPath: string | null;
}

/**
 * Each part switched on, computed by libs/paycalc on its own, so a mistake in one part leaves the
 * others' results on screen.
 */
export function liveAllowances(values: AllowancesFormValues): LiveAllowances {
  const input = allowancesInputOf(values);
  const skill = input.skillAllowance;
  const byHeadcount = input.teamLeaderByHeadcount;
  const byCategory = input.teamLeaderByCategory;
  const mentor = input.mentor;
  const night = input.nightShift;
  const live = {
    input,
    skillAllowance: skill ? calculate(() => skillAllowanceCost(skill)) : null,
    teamLeader: byHeadcount
      ? calculate(() => teamLeaderAllowanceByHeadcount(byHeadcount))
      : byCategory
        ? calculate(() => teamLeaderAllowanceByCategory(byCategory))
        : null,
    mentor: mentor ? calculate(() => mentorAllowance(mentor)) : null,
    nightShift: night ? calculate(() => nightShiftShare(night)) : null,
  };
  return { ...live, errorPath: firstErrorPath(live, values) };
}

function firstErrorPath(
  live: Omit<LiveAllowances, 'errorPath'>,
  values: AllowancesFormValues,
): string | null {
  if (live.skillAllowance?.error) return skillErrorPath(live.skillAllowance.error.field, values);
  if (live.teamLeader?.error) {
    const part = live.input.teamLeaderByCategory ? 'teamLeaderByCategory' : 'teamLeaderByHeadcount';
    return `${part}.${formPathOf(live.teamLeader.error.field)}`;
  }
  if (live.mentor?.error) return `mentor.${formPathOf(live.mentor.error.field)}`;
  if (live.nightShift?.error) return `nightShift.${formPathOf(live.nightShift.error.field)}`;
  return null;
}

/** A skill-allowance error's form field: an own level's missing or repeated key is its name field. */
export function skillErrorPath(field: string, values: AllowancesFormValues): string {
  const match = /^rows\[(\d+)\]\.level$/.exec(field);
  const row = match ? values.skillAllowance?.rows?.[Number(match[1])] : undefined;
  if (match && (!row?.level || row.level === CUSTOM_LEVEL)) return `skillAllowance.rows.${match[1]}.label`;
  return `skillAllowance.${formPathOf(field)}`;
}

/** Whether the input has at least one part (the API refuses a plan without). */
export function hasAllowancePart(input: AllowancesCalculatorInput): boolean {
  return Object.values(input).some((part) => part !== undefined);
}
