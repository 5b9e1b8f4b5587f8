import { Injectable } from '@nestjs/common';
import { FOOTNOTE_LABELS, type FootnoteCode, MIN_OUTCOME_CELL, type SkillLevel } from '@skillpay/domain';
import { ClsService } from 'nestjs-cls';
import { type Caller } from '../../common/auth/caller';
import { type RequestContext } from '../../common/context/request-context';
import {
  type EvaluationRegionRollupDto,
  type OutcomeCellDto,
  type ProgrammeEvaluationDto,
} from '../evaluation/evaluation.dto';
import { EvaluationService } from '../evaluation/evaluation.service';
import { type EvaluationReportFigures } from './evaluation-report-figures';
import { type ProgrammeRow, type RegionRow } from './evaluation-reports.repository';

/** Why a cell is withheld, as the report prints it. */
export function withheldReason(cell: OutcomeCellDto): string | null {
  if (!cell.withheld) return null;
  if (cell.withheld === 'small') return `不足${MIN_OUTCOME_CELL}人`;
  return FOOTNOTE_LABELS[cell.withheld as FootnoteCode]['zh-CN'];
}

/**
 * The figures of one region's report from the programme evaluation (总结评估): the roll-up of the
 * report's region with the disclosure rules already applied, the pilots of the region for the
 * scatter and the declared-vs-measured count, and the demonstration units the caller sees.
 * Worked example: a pilot group whose 高级工 means are 100,000 and 104,800 maps to a level row
 * { fromMean: 100000, toMean: 104800, growthPercent: 4.8 }.
 */
export function reportFigures(
  evaluation: ProgrammeEvaluationDto,
  rollup: EvaluationRegionRollupDto,
  scope: 'city' | 'district',
  demonstrationUnits: EvaluationReportFigures['demonstrationUnits'],
): EvaluationReportFigures {
  const { adoption, influence, outcomes } = rollup;
  const group = outcomes.pilots;
  const pilots = evaluation.pilots ?? [];
  return {
    scope,
    regionName: rollup.regionName,
    adoption: {
      pilots: adoption.pilots,
      reporting: adoption.reported,
      meanIndex: adoption.meanIndex,
      meanIndexChange: adoption.change.meanIndexChange,
      bands: adoption.distribution.map((band) => ({
        lower: band.lower,
        upper: band.upper,
        count: band.count,
      })),
      elements: adoption.elementShares.map((share) => ({
        element: share.element,
        adoptedPercent: share.share,
        changePoints: share.change,
      })),
      districts:
        scope === 'city'
          ? evaluation.districts.map((district) => ({
              regionName: district.regionName,
              pilots: district.adoption.pilots,
              reporting: district.adoption.reported,
              meanIndex: district.adoption.meanIndex,
            }))
          : [],
      influenced: { reached: influence.reached, recorded: influence.recorded, adopting: influence.adopting },
    },
    outcomes: {
      fromYear: outcomes.fromYear,
      toYear: outcomes.toYear,
      enterprises: group?.enterprises ?? 0,
      levels: (group?.levels ?? []).map((level) => ({
        level: level.skillLevel as SkillLevel,
        fromMean: level.from.mean,
        toMean: level.to.mean,
        growthPercent: level.growth,
        withheldReason: withheldReason(level.from) ?? withheldReason(level.to),
      })),
      highSkillGrowth: group?.highSkill.growth ?? null,
      managementGrowth: group?.management.growth ?? null,
      ruleHolds: group?.ruleHolds ?? null,
      declaredDiffers: pilots.filter((pilot) => pilot.declaredDiffers === true).length,
      spread: group?.spread ?? null,
      variableShare: { from: group?.variableShare.from ?? null, to: group?.variableShare.to ?? null },
      nonPilots: outcomes.nonPilots
        ? {
            enterprises: outcomes.nonPilots.enterprises,
            highSkillGrowth: outcomes.nonPilots.highSkill.growth,
            managementGrowth: outcomes.nonPilots.management.growth,
          }
        : null,
    },
    scatter:
      scope === 'city'
        ? pilots
            .filter((pilot) => pilot.index !== null && pilot.highSkillGrowth !== null)
            .map((pilot) => ({ index: pilot.index!, highSkillGrowth: pilot.highSkillGrowth! }))
        : [],
    demonstrationUnits,
  };
}

/**
 * Reads the programme evaluation for a report, as the caller sees it (a district its own pilots),
 * always with Chinese names: the report is a government document whatever the UI language.
 */
@Injectable()
export class EvaluationReportFiguresSource {
  constructor(
    private readonly evaluation: EvaluationService,
    private readonly cls: ClsService<RequestContext>,
  ) {}

  figures(caller: Caller, programme: ProgrammeRow, region: RegionRow): Promise<EvaluationReportFigures> {
    const city = region.code === programme.region_code;
    return this.cls.runWith({ ...this.cls.get(), language: 'zh-CN' }, async () => {
      const evaluation = await this.evaluation.programmeEvaluation(
        caller,
        programme.id,
        city ? undefined : region.code,
      );
      const units = await this.evaluation.demonstrationUnits(caller, programme.id);
      // asked for one district, the evaluation answers that district's roll-up (or 400 before here)
      const rollup = city
        ? evaluation.city
        : evaluation.districts.find((district) => district.regionCode === region.code);
      if (!rollup) throw new Error(`the evaluation of ${programme.id} has no roll-up of ${region.code}`);
      // the evaluation answers the units the caller sees: a district those in it
      return reportFigures(
        evaluation,
        rollup,
        city ? 'city' : 'district',
        units.items.map((unit) => ({ kind: unit.kind, name: unit.name, reason: unit.reason })),
      );
    });
  }
}
