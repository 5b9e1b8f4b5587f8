import { chinaToday, isTaskOverdue, PROGRAMME_TEMPLATES, type ProgrammeTemplate } from '@skillpay/domain';
import { type OrganisationEntity } from '../organisations/organisation.entity';
import { type ProgrammeMeasureEntity } from './programme-measure.entity';
import { type ProgrammePhaseEntity } from './programme-phase.entity';
import { type ProgrammeTaskEntity } from './programme-task.entity';
import { type ProgrammeEntity } from './programme.entity';
import {
  type MeasureDto,
  type PhaseDto,
  type ProgrammeSummaryDto,
  type ProgrammeTemplateDto,
  type TaskDto,
} from './programmes.dto';
import { toOrganisationSummaryDto } from '../organisations/organisations.dto';

export function toTemplateDto(template: ProgrammeTemplate): ProgrammeTemplateDto {
  return {
    key: template.key,
    nameZh: template.name['zh-CN'],
    nameEn: template.name.en,
    source: template.source,
    baseYear: template.baseYear,
    principles: template.principles,
    phases: template.phases.map((phase) => ({
      name: phase.name,
      startsOn: phase.startsOn,
      endsOn: phase.endsOn,
      tasks: phase.tasks.map((task) => task.title),
    })),
    measures: template.measures.map((measure) => ({
      targetGroup: measure.targetGroup,
      title: measure.title,
      responsibleUnits: [...measure.responsibleUnits],
      tasks: measure.tasks.map((task) => task.title),
    })),
  };
}

export const TEMPLATE_DTOS = (): ProgrammeTemplateDto[] =>
  Object.values(PROGRAMME_TEMPLATES).map(toTemplateDto);

export function toProgrammeSummaryDto(programme: ProgrammeEntity): ProgrammeSummaryDto {
  return {
    id: programme.id,
    title: programme.title,
    documentNumber: programme.documentNumber,
    issuingBodies: programme.issuingBodies,
    regionCode: programme.regionCode,
    regionName: programme.region?.name ?? '',
    year: programme.year,
    status: programme.status,
    template: programme.template,
    createdAt: programme.createdAt,
    updatedAt: programme.updatedAt,
  };
}

export function toPhaseDto(phase: ProgrammePhaseEntity): PhaseDto {
  return {
    id: phase.id,
    position: phase.position,
    name: phase.name,
    startsOn: phase.startsOn,
    endsOn: phase.endsOn,
  };
}

export function toMeasureDto(measure: ProgrammeMeasureEntity): MeasureDto {
  return {
    id: measure.id,
    position: measure.position,
    targetGroup: measure.targetGroup,
    title: measure.title,
    responsibleUnits: measure.responsibleUnits,
  };
}

export function toTaskDto(
  task: ProgrammeTaskEntity,
  responsibles: readonly OrganisationEntity[],
  callerOrganisationId: string,
  today: string = chinaToday(),
): TaskDto {
  return {
    id: task.id,
    programmeId: task.programmeId,
    phaseId: task.phaseId,
    measureId: task.measureId,
    position: task.position,
    title: task.title,
    description: task.description,
    dueOn: task.dueOn,
    status: task.status,
    overdue: isTaskOverdue(task, today),
    percent: task.percent,
    responsibleOrganisations: responsibles.map(toOrganisationSummaryDto),
    textUnits: task.textUnits,
    mine: responsibles.some((organisation) => organisation.id === callerOrganisationId),
  };
}
