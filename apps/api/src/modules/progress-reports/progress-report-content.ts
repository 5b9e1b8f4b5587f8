import { Ownership, type ReportProblem, submissionProblems } from '@skillpay/domain';
import { checkProgressReport } from '@skillpay/paycalc';
import { type FieldProblem } from '../../common/errors/app.exception';
import { type ProgrammeEntity } from '../programmes/programme.entity';
import { type ProgressReportVersionEntity } from './progress-report-version.entity';
import { ProgressReportException } from './progress-report.exception';
import { type UpdateProgressReportDto } from './progress-reports.dto';

/** What a version of a report says: adoption of the guideline, indicators and narrative. */
export type ReportContent = Pick<ProgressReportVersionEntity, 'adoption' | 'indicators' | 'narrative'>;

/** libs/domain's submission problems, each as its message. */
const SUBMISSION_PROBLEMS: Record<ReportProblem['code'], (field: string) => FieldProblem> = {
  'detail-required': (field) =>
    ProgressReportException.fieldProblem(field, 'report_detail_required', { field }),
  'narrative-required': (field) => ProgressReportException.fieldProblem(field, 'report_narrative_required'),
  'skill-levels-required': (field) =>
    ProgressReportException.fieldProblem(field, 'report_skill_levels_required'),
  'value-required': (field) =>
    ProgressReportException.fieldProblem(field, 'report_value_required', { field }),
};

/** Checks the DTO cannot express: one row per skill level, one item per allowance. */
export function contentProblems(dto: UpdateProgressReportDto): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const levels = new Set<string>();
  dto.indicators.skillLevels.forEach((row, index) => {
    if (levels.has(row.level)) {
      problems.push(
        ProgressReportException.fieldProblem(
          `indicators.skillLevels.${index}.level`,
          'report_duplicate_level',
        ),
      );
    }
    levels.add(row.level);
  });
  const types = new Set<string>();
  dto.adoption.allowances.items.forEach((item, index) => {
    if (types.has(item.type)) {
      problems.push(
        ProgressReportException.fieldProblem(
          `adoption.allowances.items.${index}.type`,
          'report_duplicate_allowance',
        ),
      );
    }
    types.add(item.type);
  });
  return problems;
}

/** What keeps a version from being submitted (libs/domain's submissionProblems), as field problems. */
export function submissionFieldProblems(content: ReportContent): FieldProblem[] {
  return submissionProblems(content.adoption, content.indicators, content.narrative).map((problem) =>
    SUBMISSION_PROBLEMS[problem.code](problem.field),
  );
}

/** The stored content: plain JSON, trimmed narrative. */
export function reportContent(dto: UpdateProgressReportDto): ReportContent {
  return {
    adoption: JSON.parse(JSON.stringify(dto.adoption)) as ReportContent['adoption'],
    indicators: JSON.parse(JSON.stringify(dto.indicators)) as ReportContent['indicators'],
    narrative: dto.narrative.trim(),
  };
}

/**
 * libs/paycalc's results under the programme's rules (which checks, thresholds, basis); the SOE
 * rules bind state-owned enterprises only.
 */
export function reportChecks(
  content: ReportContent,
  ownership: Ownership,
  programme: Pick<ProgrammeEntity, 'checkRules' | 'regionCode'>,
) {
  return checkProgressReport(
    content.indicators,
    { stateOwned: ownership === Ownership.StateOwned },
    { rules: programme.checkRules, cityCode: programme.regionCode },
  );
}
