import { type XlsxZipLimits } from './security';
import { type Labels, SkillLevel } from './enterprise';

/**
 * Employee-level wage data (薪酬数据报送): what one row of an enterprise's upload holds. Rows carry
 * the enterprise's own employee reference, never a name or an ID-card number.
 */
export enum PostCategory {
  Skilled = 'skilled',
  Technical = 'technical',
  Management = 'management',
}

export const POST_CATEGORY_LABELS: Record<PostCategory, Labels> = {
  [PostCategory.Skilled]: { 'zh-CN': '技能岗位', en: 'Skilled post' },
  [PostCategory.Technical]: { 'zh-CN': '专业技术岗位', en: 'Technical post' },
  [PostCategory.Management]: { 'zh-CN': '管理岗位', en: 'Management post' },
};

/**
 * Technical and management staff hold no 职业技能等级; their rows are benchmarked under this level
 * instead of one of the eight national skill levels.
 */
export const UNRATED_SKILL_LEVEL = 'unrated';
export type WageSkillLevel = SkillLevel | typeof UNRATED_SKILL_LEVEL;
export const WAGE_SKILL_LEVELS: readonly WageSkillLevel[] = [
  ...Object.values(SkillLevel),
  UNRATED_SKILL_LEVEL,
];
export const UNRATED_SKILL_LEVEL_LABELS: Labels = { 'zh-CN': '不分等级', en: 'Not rated' };

/** The parts annual pay is split into (应发工资构成), in template column order. */
export const PAY_COMPONENTS = ['base', 'post', 'performance', 'allowances', 'other'] as const;
export type PayComponent = (typeof PAY_COMPONENTS)[number];

export const PAY_COMPONENT_LABELS: Record<PayComponent, Labels> = {
  base: { 'zh-CN': '基本工资', en: 'Base pay' },
  post: { 'zh-CN': '岗位工资', en: 'Post pay' },
  performance: { 'zh-CN': '绩效工资', en: 'Performance pay' },
  allowances: { 'zh-CN': '津贴补贴', en: 'Allowances' },
  other: { 'zh-CN': '其他', en: 'Other' },
};

/** 《中华人民共和国职业分类大典》 code: major group 1–8, then three two-digit levels, e.g. 6-18-01-01. */
export const OCCUPATION_CODE_PATTERN = /^[1-8]-\d{2}-\d{2}-\d{2}$/;

export function isOccupationCode(value: string): boolean {
  return OCCUPATION_CODE_PATTERN.test(value);
}

/** Limits stated in the upload screen and enforced by the API and the worker. */
export const WAGE_UPLOAD_LIMITS = {
  maxBytes: 20 * 1024 * 1024,
  maxRows: 100_000,
} as const;

/**
 * What an xlsx wage file may unpack to (see `XlsxZipLimits` in security.ts, checked at upload and
 * again in the worker before reading). A 100,000-row file as enterprises fill in the template
 * unpacks to 38 MB (a 6.8 MB file written like bench/wage-upload.mjs does, no entry above 8:1); 200 MB leaves room for wide
 * text cells and styles while a 2.5 MB bomb of 60 million shared strings (1 GB) is refused.
 */
export const WAGE_XLSX_ZIP_LIMITS: XlsxZipLimits = {
  maxUncompressedBytes: 200 * 1024 * 1024,
  maxEntries: 1_000,
  maxRatio: 100,
  ratioFromBytes: 1024 * 1024,
};

/** An upload's life: validated in a worker job, then either rejected (nothing stored) or stored as the current version. */
export enum WageUploadStatus {
  Queued = 'queued',
  Validating = 'validating',
  /** the file had errors: no row was stored */
  Rejected = 'rejected',
  /** the enterprise's data for the year that benchmarks use */
  Current = 'current',
  /** replaced by a later version; kept and readable */
  Superseded = 'superseded',
  /** the job itself failed (not the file); retried, then reported */
  Failed = 'failed',
}
