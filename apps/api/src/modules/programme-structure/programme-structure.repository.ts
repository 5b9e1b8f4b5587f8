import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { OrganisationType } from '@skillpay/domain';
import { DataSource, EntityManager } from 'typeorm';
import { managerOf, type Tx } from '../../database/unit-of-work';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { ProgrammeMeasureEntity } from './programme-measure.entity';
import { ProgrammePhaseEntity } from './programme-phase.entity';
import { type CreateMeasureDto, type CreatePhaseDto, type UpdatePhaseDto } from './programme-structure.dto';

/** Organisation types that can be responsible for ledger tasks. */
export const RESPONSIBLE_TYPES = [
  OrganisationType.CityBureau,
  OrganisationType.DistrictBureau,
  OrganisationType.TradeUnion,
  OrganisationType.EnterpriseConfederation,
  OrganisationType.IndustryCommerceFederation,
];

/** Queries of a programme's phases and measures, and of who can be responsible for its tasks. */
@Injectable()
export class ProgrammeStructureRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  phases(programmeId: string, tx?: Tx): Promise<ProgrammePhaseEntity[]> {
    return managerOf(tx, this.dataSource).find(ProgrammePhaseEntity, {
      where: { programmeId },
      order: { position: 'ASC' },
    });
  }

  measures(programmeId: string, tx?: Tx): Promise<ProgrammeMeasureEntity[]> {
    return managerOf(tx, this.dataSource).find(ProgrammeMeasureEntity, {
      where: { programmeId },
      order: { position: 'ASC' },
    });
  }

  /** The phase, its row locked until `tx` ends: what an edit compares and audits. */
  lockPhase(programmeId: string, phaseId: string, tx: Tx): Promise<ProgrammePhaseEntity | null> {
    return managerOf(tx, this.dataSource).findOne(ProgrammePhaseEntity, {
      where: { id: phaseId, programmeId },
      lock: { mode: 'pessimistic_write' },
    });
  }

  phaseExists(programmeId: string, phaseId: string, tx: Tx): Promise<boolean> {
    return managerOf(tx, this.dataSource).existsBy(ProgrammePhaseEntity, { id: phaseId, programmeId });
  }

  measureExists(programmeId: string, measureId: string, tx: Tx): Promise<boolean> {
    return managerOf(tx, this.dataSource).existsBy(ProgrammeMeasureEntity, { id: measureId, programmeId });
  }

  /** A new phase at the end of the programme's phases. */
  async addPhase(programmeId: string, dto: CreatePhaseDto, tx: Tx): Promise<ProgrammePhaseEntity> {
    const manager = managerOf(tx, this.dataSource);
    const position = (await manager.countBy(ProgrammePhaseEntity, { programmeId })) + 1;
    return manager.save(
      ProgrammePhaseEntity,
      manager.create(ProgrammePhaseEntity, { ...dto, programmeId, position }),
    );
  }

  /** Changes a phase and answers it as stored. */
  async updatePhase(phaseId: string, dto: UpdatePhaseDto, tx: Tx): Promise<ProgrammePhaseEntity> {
    const manager = managerOf(tx, this.dataSource);
    await manager.update(ProgrammePhaseEntity, { id: phaseId }, dto);
    return (await manager.findOneBy(ProgrammePhaseEntity, { id: phaseId }))!;
  }

  /** A new measure at the end of the programme's measures. */
  async addMeasure(programmeId: string, dto: CreateMeasureDto, tx: Tx): Promise<ProgrammeMeasureEntity> {
    const manager = managerOf(tx, this.dataSource);
    const position = (await manager.countBy(ProgrammeMeasureEntity, { programmeId })) + 1;
    return manager.save(
      ProgrammeMeasureEntity,
      manager.create(ProgrammeMeasureEntity, {
        ...dto,
        responsibleUnits: dto.responsibleUnits ?? [],
        programmeId,
        position,
      }),
    );
  }

  /** Organisations that may be responsible for tasks of a programme in this region (and below). */
  responsibleCandidates(regionCode: string, tx?: Tx): Promise<OrganisationEntity[]> {
    return findResponsibleCandidates(managerOf(tx, this.dataSource), regionCode);
  }
}

/** Bureaus, union and federations in a region and below: who can be responsible for tasks there. */
export function findResponsibleCandidates(
  manager: EntityManager,
  regionCode: string,
): Promise<OrganisationEntity[]> {
  return manager
    .createQueryBuilder(OrganisationEntity, 'o')
    .innerJoin('o.region', 'r')
    .where('o.type IN (:...types)', { types: RESPONSIBLE_TYPES })
    .andWhere(`r.path LIKE (SELECT path FROM region WHERE code = :regionCode) || '%'`, { regionCode })
    .orderBy('o.type')
    .addOrderBy('o.region_code')
    .addOrderBy('o.name')
    .getMany();
}
