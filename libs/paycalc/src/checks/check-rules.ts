import { type Labels } from '@skillpay/domain';
import { SOURCES, type SourceArticle } from '../sources';
import { CheckId, type CitedSource } from './check-result';

/**
 * Which checks apply to a programme, their thresholds and the basis each cites: a programme
 * setting (the city bureau's), data handed to the checks, never a constant inside them. The
 * defaults rest on national texts only; a rule that exists only in another city's text is off by
 * default and, when a bureau turns it on, cited as that city's example.
 */

/** The texts the portal knows by heart, each naming the city whose own text it is (null: national). */
export enum CheckBasisId {
  /** 中办国办《关于提高技术工人待遇的意见》四（二） */
  CentralOpinionsHighSkill = 'central-2018-4-2',
  /** 《曲靖市企业技能人才薪酬分配指引（试行）》第五条 */
  QujingTwoLowerThan = 'qujing-art-5',
  /** 吕产改办发〔2023〕6号 二（二）2 */
  LvliangEducationFund = 'lvliang-2023-6-2-2-2',
  /** 曲靖指引附件2 案例2（B公司） */
  QujingCaseBRatio = 'qujing-case-2',
}

export interface CheckBasisEntry {
  source: SourceArticle;
  /** the GB/T 2260 code of the city whose own text this is; null for a national text */
  cityCode: string | null;
  /** that city's name, for "曲靖市示例" */
  city: Labels | null;
}

const QUJING: Labels = { 'zh-CN': '曲靖市', en: 'Qujing' };
const LVLIANG: Labels = { 'zh-CN': '吕梁市', en: 'Lüliang' };

export const CHECK_BASES: Record<CheckBasisId, CheckBasisEntry> = {
  [CheckBasisId.CentralOpinionsHighSkill]: {
    source: SOURCES.highSkillWageGrowth,
    cityCode: null,
    city: null,
  },
  [CheckBasisId.QujingTwoLowerThan]: { source: SOURCES.twoLowerThan, cityCode: '530300', city: QUJING },
  [CheckBasisId.LvliangEducationFund]: {
    source: SOURCES.educationFund,
    cityCode: '141100',
    city: LVLIANG,
  },
  [CheckBasisId.QujingCaseBRatio]: {
    source: SOURCES.fixedVariableRatio,
    cityCode: '530300',
    city: QUJING,
  },
};

/** A text of the programme's own (a local document the bureau cites), as the bureau wrote it. */
export interface CustomBasis {
  source: 'custom';
  document: string;
  article: string;
  excerpt: string;
}

/** The basis a rule cites: a text of the catalogue above, or the bureau's own. */
export type CheckBasis = { source: CheckBasisId } | CustomBasis;

export interface CheckRule {
  enabled: boolean;
  basis: CheckBasis;
}

export interface EducationFundRule extends CheckRule {
  /** the education fund's minimum share of the wage bill, percent */
  minShareOfWageBill: string;
  /** the minimum share of the fund spent on front-line staff, percent */
  minFrontLineShare: string;
}

export interface FixedVariableRatioRule extends CheckRule {
  /** the reference share of fixed pay, percent (the variable share is its complement) */
  referenceFixedShare: string;
}

/** The checks of a programme, by rule; the order is the one reports show. */
export interface CheckRuleSet {
  twoLowerThan: CheckRule;
  highSkillWageGrowth: CheckRule;
  educationFund: EducationFundRule;
  fixedVariableRatio: FixedVariableRatioRule;
}

export type CheckRuleKey = keyof CheckRuleSet;

export const CHECK_RULE_KEYS: readonly CheckRuleKey[] = [
  'twoLowerThan',
  'highSkillWageGrowth',
  'educationFund',
  'fixedVariableRatio',
];

export const CHECK_IDS: Record<CheckRuleKey, CheckId> = {
  twoLowerThan: CheckId.TwoLowerThan,
  highSkillWageGrowth: CheckId.HighSkillWageGrowth,
  educationFund: CheckId.EducationFund,
  fixedVariableRatio: CheckId.FixedVariableRatio,
};

/** The catalogue texts a rule may cite (a custom text is always possible). */
export const CHECK_RULE_BASES: Record<CheckRuleKey, readonly CheckBasisId[]> = {
  twoLowerThan: [CheckBasisId.QujingTwoLowerThan],
  highSkillWageGrowth: [CheckBasisId.CentralOpinionsHighSkill],
  educationFund: [CheckBasisId.LvliangEducationFund],
  fixedVariableRatio: [CheckBasisId.QujingCaseBRatio],
};

/**
 * The national defaults: the one check a national text sets (high-skill pay growth ≥ management's,
 * central opinions 四(二)) is on; the others exist only in Qujing's or Lüliang's texts and are off,
 * each with that city's figures ready should a bureau adopt them as an example.
 */
export const NATIONAL_CHECK_RULES: CheckRuleSet = {
  twoLowerThan: { enabled: false, basis: { source: CheckBasisId.QujingTwoLowerThan } },
  highSkillWageGrowth: { enabled: true, basis: { source: CheckBasisId.CentralOpinionsHighSkill } },
  educationFund: {
    enabled: false,
    minShareOfWageBill: '8',
    minFrontLineShare: '60',
    basis: { source: CheckBasisId.LvliangEducationFund },
  },
  fixedVariableRatio: {
    enabled: false,
    referenceFixedShare: '40',
    basis: { source: CheckBasisId.QujingCaseBRatio },
  },
};

/** A city's own rules on top of the national ones: a rule its own text sets is on. */
export function defaultCheckRules(cityCode: string | null): CheckRuleSet {
  const rules: CheckRuleSet = JSON.parse(JSON.stringify(NATIONAL_CHECK_RULES)) as CheckRuleSet;
  for (const key of CHECK_RULE_KEYS) {
    const basis = rules[key].basis;
    if (basis.source !== 'custom' && CHECK_BASES[basis.source].cityCode === cityCode && cityCode) {
      rules[key].enabled = true;
    }
  }
  return rules;
}

/**
 * The source a rule cites for a programme of `cityCode`: a catalogue text is another city's
 * example unless it is national or the programme's city's own; a custom text is the programme's own.
 */
export function citedSource(basis: CheckBasis, cityCode: string | null): CitedSource {
  if (basis.source === 'custom') {
    const same = (text: string): Labels => ({ 'zh-CN': text, en: text });
    return {
      document: same(basis.document),
      article: same(basis.article),
      excerpt: same(basis.excerpt),
      exampleOf: null,
    };
  }
  const entry = CHECK_BASES[basis.source];
  const own = entry.cityCode === null || entry.cityCode === cityCode;
  return { ...entry.source, exampleOf: own ? null : entry.city };
}

/** A programme's rules as the checks take them: the set and the programme's city. */
export interface AppliedCheckRules {
  rules: CheckRuleSet;
  /** the programme's city (GB/T 2260), deciding which cited texts are examples */
  cityCode: string | null;
}

export const NATIONAL_APPLIED_RULES: AppliedCheckRules = { rules: NATIONAL_CHECK_RULES, cityCode: null };

/** A problem with a rule set, by field path (`educationFund.minShareOfWageBill`). */
export interface CheckRuleProblem {
  field: string;
  code: 'required' | 'not-a-boolean' | 'not-a-percent' | 'unknown-basis' | 'text-required' | 'too-long';
}

export const CHECK_RULE_TEXT_LIMITS = { document: 200, article: 60, excerpt: 1000 } as const;

const PERCENT = /^(100(\.0{1,2})?|\d{1,2}(\.\d{1,2})?)$/;

function isPlain(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * What is wrong with a rule set given as JSON: every field named, so the bureau sees all at once.
 * Percentages are decimal strings from 0 to 100 with at most two places.
 */
export function checkRuleProblems(value: unknown): CheckRuleProblem[] {
  const problems: CheckRuleProblem[] = [];
  if (!isPlain(value)) return [{ field: '', code: 'required' }];
  const percent = (rule: Record<string, unknown>, path: string, key: string) => {
    const given = rule[key];
    if (typeof given !== 'string' || !PERCENT.test(given)) {
      problems.push({ field: `${path}.${key}`, code: 'not-a-percent' });
    }
  };
  for (const key of CHECK_RULE_KEYS) {
    const rule = value[key];
    if (!isPlain(rule)) {
      problems.push({ field: key, code: 'required' });
      continue;
    }
    if (typeof rule.enabled !== 'boolean') problems.push({ field: `${key}.enabled`, code: 'not-a-boolean' });
    if (key === 'educationFund') {
      percent(rule, key, 'minShareOfWageBill');
      percent(rule, key, 'minFrontLineShare');
    }
    if (key === 'fixedVariableRatio') percent(rule, key, 'referenceFixedShare');
    const basis = rule.basis;
    if (!isPlain(basis)) {
      problems.push({ field: `${key}.basis`, code: 'required' });
      continue;
    }
    if (basis.source === 'custom') {
      for (const text of ['document', 'article', 'excerpt'] as const) {
        const given = basis[text];
        if (typeof given !== 'string' || given.trim() === '') {
          problems.push({ field: `${key}.basis.${text}`, code: 'text-required' });
        } else if (given.length > CHECK_RULE_TEXT_LIMITS[text]) {
          problems.push({ field: `${key}.basis.${text}`, code: 'too-long' });
        }
      }
    } else if (!CHECK_RULE_BASES[key].includes(basis.source as CheckBasisId)) {
      problems.push({ field: `${key}.basis.source`, code: 'unknown-basis' });
    }
  }
  return problems;
}

/** A rule set as stored: only the known keys, custom texts trimmed, percentages normalised. */
export function normaliseCheckRules(rules: CheckRuleSet): CheckRuleSet {
  const basis = (given: CheckBasis): CheckBasis =>
    given.source === 'custom'
      ? {
          source: 'custom',
          document: given.document.trim(),
          article: given.article.trim(),
          excerpt: given.excerpt.trim(),
        }
      : { source: given.source };
  const percent = (text: string) => String(Number(text));
  return {
    twoLowerThan: { enabled: rules.twoLowerThan.enabled, basis: basis(rules.twoLowerThan.basis) },
    highSkillWageGrowth: {
      enabled: rules.highSkillWageGrowth.enabled,
      basis: basis(rules.highSkillWageGrowth.basis),
    },
    educationFund: {
      enabled: rules.educationFund.enabled,
      minShareOfWageBill: percent(rules.educationFund.minShareOfWageBill),
      minFrontLineShare: percent(rules.educationFund.minFrontLineShare),
      basis: basis(rules.educationFund.basis),
    },
    fixedVariableRatio: {
      enabled: rules.fixedVariableRatio.enabled,
      referenceFixedShare: percent(rules.fixedVariableRatio.referenceFixedShare),
      basis: basis(rules.fixedVariableRatio.basis),
    },
  };
}

/** A rule of the applied set with the source it cites: what a check function takes as options. */
export function appliedRule<K extends CheckRuleKey>(
  applied: AppliedCheckRules,
  key: K,
): { rule: CheckRuleSet[K]; source: CitedSource } {
  return { rule: applied.rules[key], source: citedSource(applied.rules[key].basis, applied.cityCode) };
}
