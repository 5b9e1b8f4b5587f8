import {
  instantiateTemplate,
  OrganisationType,
  PortalUnit,
  portalUnitOf,
  type ProgrammeTemplateKey,
  type TemplateTask,
} from '@skillpay/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { managerOf, type Tx } from '../../database/unit-of-work';
import { ProgrammeTaskResponsibleEntity } from '../ledger-tasks/programme-task-responsible.entity';
import { ProgrammeTaskEntity } from '../ledger-tasks/programme-task.entity';
import { type OrganisationEntity } from '../organisations/organisation.entity';
import { ProgrammeMeasureEntity } from '../programme-structure/programme-measure.entity';
import { ProgrammePhaseEntity } from '../programme-structure/programme-phase.entity';
import { findResponsibleCandidates } from '../programme-structure/programme-structure.repository';
import { type ProgrammeEntity } from './programme.entity';

/** Writes a template into a new programme in the service's transaction. */
@Injectable()
export class ProgrammeTemplateRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  write(programme: ProgrammeEntity, key: ProgrammeTemplateKey, tx: Tx): Promise<void> {
    return writeTemplate(managerOf(tx, this.dataSource), programme, key);
  }
}

/**
 * Writes a template's phases, measures and tasks into a new programme, dates moved to the
 * programme's year. Responsible units that are organisations of the programme's city become task
 * responsible organisations; the others are kept as text units. Runs in the caller's transaction
 * (the service's, through ProgrammeTemplateRepository, or the seeder's).
 */
export async function writeTemplate(
  manager: EntityManager,
  programme: ProgrammeEntity,
  key: ProgrammeTemplateKey,
): Promise<void> {
  const template = instantiateTemplate(key, programme.year);
  const candidates = await findResponsibleCandidates(manager, programme.regionCode);
  let position = 0;
  for (const [index, phase] of template.phases.entries()) {
    const saved = await manager.save(
      ProgrammePhaseEntity,
      manager.create(ProgrammePhaseEntity, {
        programmeId: programme.id,
        position: index + 1,
        name: phase.name,
        startsOn: phase.startsOn,
        endsOn: phase.endsOn,
      }),
    );
    for (const task of phase.tasks) {
      await writeTask(manager, programme, task, ++position, candidates, { phaseId: saved.id });
    }
  }
  for (const [index, measure] of template.measures.entries()) {
    const saved = await manager.save(
      ProgrammeMeasureEntity,
      manager.create(ProgrammeMeasureEntity, {
        programmeId: programme.id,
        position: index + 1,
        targetGroup: measure.targetGroup,
        title: measure.title,
        responsibleUnits: [...measure.responsibleUnits],
      }),
    );
    for (const task of measure.tasks) {
      await writeTask(manager, programme, task, ++position, candidates, { measureId: saved.id });
    }
  }
}

async function writeTask(
  manager: EntityManager,
  programme: ProgrammeEntity,
  task: TemplateTask,
  position: number,
  candidates: readonly OrganisationEntity[],
  placement: { phaseId?: string; measureId?: string },
): Promise<void> {
  const organisations: OrganisationEntity[] = [];
  const textUnits: string[] = [];
  for (const unit of task.responsibleUnits) {
    const matches = portalOrganisations(portalUnitOf(unit), programme.regionCode, candidates);
    if (matches.length === 0) textUnits.push(unit);
    for (const match of matches) if (!organisations.includes(match)) organisations.push(match);
  }
  const saved = await manager.save(
    ProgrammeTaskEntity,
    manager.create(ProgrammeTaskEntity, {
      programmeId: programme.id,
      phaseId: placement.phaseId ?? null,
      measureId: placement.measureId ?? null,
      position,
      title: task.title,
      description: task.description,
      dueOn: task.dueOn,
      textUnits,
      linkedEvent: task.linkedEvent ?? null,
    }),
  );
  if (organisations.length > 0) {
    await manager.insert(
      ProgrammeTaskResponsibleEntity,
      organisations.map((organisation) => ({ taskId: saved.id, organisationId: organisation.id })),
    );
  }
}

/** The organisations of the programme's city a template unit stands for. */
function portalOrganisations(
  unit: PortalUnit | null,
  regionCode: string,
  candidates: readonly OrganisationEntity[],
): OrganisationEntity[] {
  const inCity = (type: OrganisationType) =>
    candidates.filter((o) => o.type === type && o.regionCode === regionCode);
  switch (unit) {
    case PortalUnit.CityBureau:
      return inCity(OrganisationType.CityBureau);
    case PortalUnit.DistrictBureaus:
      return candidates.filter((o) => o.type === OrganisationType.DistrictBureau);
    case PortalUnit.TradeUnion:
      return inCity(OrganisationType.TradeUnion);
    case PortalUnit.EnterpriseConfederation:
      return inCity(OrganisationType.EnterpriseConfederation);
    case PortalUnit.IndustryCommerceFederation:
      return inCity(OrganisationType.IndustryCommerceFederation);
    case null:
      return [];
  }
}
