import {
  type DemonstrationUnitKind,
  type EvaluationElement,
  type EvaluationReportSection,
  type SkillLevel,
} from '@skillpay/domain';

/**
 * The figures an evaluation report prints, as measured when a version was generated. Kept with
 * the version (jsonb) so a version's document can be explained later from what it was built on,
 * and so the city's report can compile the figures a district submitted. Plain data: it crosses
 * into the document thread (evaluation-report-docx.worker.ts), so nothing here may hold Nest or
 * TypeORM objects. Every mean shown beyond an enterprise already has the disclosure rules applied:
 * a withheld cell arrives as `mean: null` with its reason.
 */
export interface EvaluationReportFigures {
  /** whose figures: the programme's city, or one district's pilots */
  scope: 'city' | 'district';
  /** 青岛市, 黄岛区 */
  regionName: string;
  adoption: EvaluationAdoptionFigures;
  outcomes: EvaluationOutcomeFigures;
  /** city only: one point per pilot with both an adoption index and a measured high-skill growth */
  scatter: Array<{ index: number; highSkillGrowth: number }>;
  /** 示范企业 and 典型区市 marked by the city in this programme (a district's: those in it) */
  demonstrationUnits: Array<{ kind: DemonstrationUnitKind; name: string; reason: string }>;
}

export interface EvaluationAdoptionFigures {
  /** pilot enterprises in the scope */
  pilots: number;
  /** of them, with an accepted progress report (the index is measured on these) */
  reporting: number;
  /** mean adoption index 0–100, one decimal; null without reports */
  meanIndex: number | null;
  /** change of the mean index since the previous report period, over pilots with both; null without */
  meanIndexChange: number | null;
  /** pilots per band of the index (bounds inclusive) */
  bands: Array<{ lower: number; upper: number; count: number }>;
  /** per element, in the guideline's order: percent of reporting pilots adopting it, and its change in points */
  elements: Array<{ element: EvaluationElement; adoptedPercent: number | null; changePoints: number | null }>;
  /** per district and 市直 (the city's report; a district's has none) */
  districts: Array<{ regionName: string; pilots: number; reporting: number; meanIndex: number | null }>;
  /** non-pilot enterprises reached by trainings and 示范班, recorded as influenced, and adopting anything (带动一批) */
  influenced: { reached: number; recorded: number; adopting: number };
}

/** One skill level's mean annualised pay before and after; null means withheld or no data. */
export interface EvaluationLevelOutcome {
  level: SkillLevel;
  fromMean: number | null;
  toMean: number | null;
  /** percent, two decimals */
  growthPercent: number | null;
  /** why a mean is not shown (e.g. 样本企业数不足), or null; a withheld mean prints 不予公布 */
  withheldReason: string | null;
}

export interface EvaluationOutcomeFigures {
  /** the two years compared, e.g. 2025 → 2026; null without enterprises with two years of data */
  fromYear: number | null;
  toYear: number | null;
  /** pilots with stored wage data for both years */
  enterprises: number;
  levels: EvaluationLevelOutcome[];
  /** 高级工 and above, percent two decimals */
  highSkillGrowth: number | null;
  managementGrowth: number | null;
  /** 中办发〔2018〕16号 四(二): high-skill growth ≥ management's; null when either is unknown */
  ruleHolds: boolean | null;
  /** pilots whose declared growth differs from the measured (DECLARED_GROWTH_TOLERANCE_POINTS) */
  declaredDiffers: number;
  /** mean of the top level ÷ mean of 初级工 in the later year, two decimals */
  spread: number | null;
  /** performance pay ÷ total, percent one decimal (case B ≈ 60) */
  variableShare: { from: number | null; to: number | null };
  /** the same growths for the city's non-pilot enterprises with wage data, when there are any */
  nonPilots: { enterprises: number; highSkillGrowth: number | null; managementGrowth: number | null } | null;
}

/** A district's submitted evaluation, as the city's report compiles it. */
export interface EvaluationDistrictSummary {
  regionName: string;
  versionNo: number;
  /** 2026年12月7日 */
  submittedOn: string;
  figures: EvaluationReportFigures;
  /** the district's own 取得成效 and 存在的问题, as submitted */
  results: string;
  problems: string;
}

/** Everything one generated document is built from. */
export interface EvaluationReportDocxInput {
  /** the programme's title, e.g. 青岛市技能人才薪酬分配指引试点工作方案 */
  programmeTitle: string;
  /** 青人社字〔2021〕61号, or null */
  documentNumber: string | null;
  /** 青岛市人力资源和社会保障局, 黄岛区人力资源和社会保障局 */
  bureauName: string;
  /** 2026年12月7日 (China time) */
  dateLine: string;
  versionNo: number;
  sections: Record<EvaluationReportSection, string>;
  figures: EvaluationReportFigures;
  /** the city's report: the districts' latest submitted evaluations */
  districts: EvaluationDistrictSummary[];
  /** the city's report: its districts with pilots in the programme that have submitted nothing yet */
  pendingDistricts: string[];
  /** a CJK font file for the charts' text (fonts-noto-cjk's NotoSansCJK-Regular.ttc) */
  fontFile: string;
}
