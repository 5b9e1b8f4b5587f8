import { Injectable } from '@nestjs/common';
import { type Caller } from '../../common/auth/caller';
import { AppException } from '../../common/errors/app.exception';
import { UnitOfWork } from '../../database/unit-of-work';
import { AuditService } from '../audit/audit.service';
import { type OrganisationSummaryDto, toOrganisationSummaryDto } from '../organisations/organisations.dto';
import { ProgrammeFinder } from '../programmes/programme-finder.service';
import { ProgrammeStructureException } from './programme-structure.exception';
import {
  type CreateMeasureDto,
  type CreatePhaseDto,
  type MeasureDto,
  type PhaseDto,
  toMeasureDto,
  toPhaseDto,
  type UpdatePhaseDto,
} from './programme-structure.dto';
import { ProgrammeStructureRepository } from './programme-structure.repository';
import { EditPreconditions, type Precondition } from '../../common/http/concurrency';

/** A programme's phases (阶段) and measures (举措), and who can be responsible for its tasks. */
@Injectable()
export class ProgrammeStructureService {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly repository: ProgrammeStructureRepository,
    private readonly finder: ProgrammeFinder,
    private readonly audit: AuditService,
    private readonly preconditions: EditPreconditions,
  ) {}

  async addPhase(caller: Caller, id: string, dto: CreatePhaseDto): Promise<PhaseDto> {
    assertDateRange(dto.startsOn, dto.endsOn);
    return this.unitOfWork.run(async (tx) => {
      const programme = await this.finder.findOrFail(caller, id, 'update', tx);
      const phase = await this.repository.addPhase(programme.id, dto, tx);
      const after = toPhaseDto(phase);
      await this.audit.record(
        { action: 'programme.phase.create', entityType: 'programme_phase', entityId: phase.id, after },
        tx,
      );
      return after;
    });
  }

  async updatePhase(
    caller: Caller,
    id: string,
    phaseId: string,
    dto: UpdatePhaseDto,
    precondition?: Precondition,
  ): Promise<PhaseDto> {
    return this.unitOfWork.run(async (tx) => {
      const programme = await this.finder.findOrFail(caller, id, 'update', tx);
      const phase = await this.repository.lockPhase(programme.id, phaseId, tx);
      if (!phase) throw AppException.notFound();
      await this.preconditions.assert(
        precondition,
        { entityType: 'programme_phase', key: phase.id, version: phase.version },
        tx,
      );
      assertDateRange(dto.startsOn ?? phase.startsOn, dto.endsOn ?? phase.endsOn);
      const before = toPhaseDto(phase);
      const after = toPhaseDto(await this.repository.updatePhase(phase.id, dto, tx));
      await this.audit.record(
        {
          action: 'programme.phase.update',
          entityType: 'programme_phase',
          entityId: phase.id,
          before,
          after,
        },
        tx,
      );
      return after;
    });
  }

  async addMeasure(caller: Caller, id: string, dto: CreateMeasureDto): Promise<MeasureDto> {
    return this.unitOfWork.run(async (tx) => {
      const programme = await this.finder.findOrFail(caller, id, 'update', tx);
      const measure = await this.repository.addMeasure(programme.id, dto, tx);
      const after = toMeasureDto(measure);
      await this.audit.record(
        { action: 'programme.measure.create', entityType: 'programme_measure', entityId: measure.id, after },
        tx,
      );
      return after;
    });
  }

  /** The organisations the city bureau may make responsible for tasks of this programme. */
  async responsibleCandidates(caller: Caller, id: string): Promise<OrganisationSummaryDto[]> {
    const programme = await this.finder.findOrFail(caller, id, 'update');
    return (await this.repository.responsibleCandidates(programme.regionCode)).map(toOrganisationSummaryDto);
  }
}

function assertDateRange(startsOn: string, endsOn: string): void {
  if (endsOn < startsOn) throw ProgrammeStructureException.invalid('endsOn', 'date_range_invalid');
}
