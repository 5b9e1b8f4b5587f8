import { Injectable } from '@nestjs/common';
import { PROGRAMME_TEMPLATES } from '@skillpay/domain';
import { defaultCheckRules } from '@skillpay/paycalc';
import { AccessService } from '../../common/access/access.service';
import { type Caller } from '../../common/auth/caller';
import { type Precondition } from '../../common/http/concurrency';
import { type Tx, UnitOfWork } from '../../database/unit-of-work';
import { AuditService } from '../audit/audit.service';
import { ProgrammeStructureRepository } from '../programme-structure/programme-structure.repository';
import { ProgrammeFinder } from './programme-finder.service';
import { ProgrammeTemplateRepository } from './programme-template.repository';
import { type ProgrammeEntity, ProgrammeStatus } from './programme.entity';
import { ProgrammeException } from './programme.exception';
import {
  type CreateProgrammeDto,
  type ProgrammeDto,
  type ProgrammeListDto,
  type ProgrammeQueryDto,
  type ProgrammeTemplateDto,
  TEMPLATE_DTOS,
  toProgrammeDto,
  toProgrammeSummaryDto,
  type UpdateProgrammeDto,
} from './programmes.dto';
import { ProgrammesRepository } from './programmes.repository';

const STATUS_ORDER = [ProgrammeStatus.Draft, ProgrammeStatus.Active, ProgrammeStatus.Closed];

/** The programme itself (工作方案): its document information, status and templates. */
@Injectable()
export class ProgrammesService {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly repository: ProgrammesRepository,
    private readonly structure: ProgrammeStructureRepository,
    private readonly templateWriter: ProgrammeTemplateRepository,
    private readonly finder: ProgrammeFinder,
    private readonly access: AccessService,
    private readonly audit: AuditService,
  ) {}

  templates(): ProgrammeTemplateDto[] {
    return TEMPLATE_DTOS();
  }

  async list(caller: Caller, query: ProgrammeQueryDto): Promise<ProgrammeListDto> {
    const [items, total] = await this.repository.findPage(this.access.programmeScope(caller, 'read'), query);
    return { items: items.map(toProgrammeSummaryDto), total };
  }

  async get(caller: Caller, id: string): Promise<ProgrammeDto> {
    return this.detail(await this.finder.findOrFail(caller, id, 'read'), caller);
  }

  async create(caller: Caller, dto: CreateProgrammeDto): Promise<ProgrammeDto> {
    return this.unitOfWork.run(async (tx) => {
      const template = dto.template ? PROGRAMME_TEMPLATES[dto.template] : null;
      const saved = await this.repository.create(
        {
          title: dto.title,
          documentNumber: dto.documentNumber ?? null,
          issuingBodies: dto.issuingBodies ?? [],
          regionCode: caller.regionCode,
          year: dto.year,
          principles: dto.principles ?? template?.principles ?? null,
          status: ProgrammeStatus.Draft,
          template: dto.template ?? null,
          // the national checks, with the rules the city's own text sets
          checkRules: defaultCheckRules(caller.regionCode),
          createdBy: caller.userId,
        },
        tx,
      );
      if (dto.template) await this.templateWriter.write(saved, dto.template, tx);
      const programme = (await this.repository.findInScope({ kind: 'all' }, saved.id, tx))!;
      const created = await this.detail(programme, caller, tx);
      await this.audit.record(
        {
          action: 'programme.create',
          entityType: 'programme',
          entityId: saved.id,
          after: { ...toProgrammeSummaryDto(programme), template: dto.template ?? null },
        },
        tx,
      );
      return created;
    });
  }

  async update(
    caller: Caller,
    id: string,
    dto: UpdateProgrammeDto,
    precondition?: Precondition,
  ): Promise<ProgrammeDto> {
    return this.unitOfWork.run(async (tx) => {
      const existing = await this.finder.lockForEdit(caller, id, precondition, tx);
      if (dto.status && dto.status !== existing.status) {
        if (STATUS_ORDER.indexOf(dto.status) < STATUS_ORDER.indexOf(existing.status)) {
          throw ProgrammeException.invalid('status', 'programme_status_not_allowed', {
            from: existing.status,
            to: dto.status,
          });
        }
      }
      const before = toProgrammeSummaryDto(existing);
      await this.repository.update(id, dto, tx);
      const programme = (await this.repository.findInScope({ kind: 'all' }, id, tx))!;
      await this.audit.record(
        {
          action: 'programme.update',
          entityType: 'programme',
          entityId: id,
          before: { ...before, principles: existing.principles },
          after: { ...toProgrammeSummaryDto(programme), principles: programme.principles },
        },
        tx,
      );
      return this.detail(programme, caller, tx);
    });
  }

  private async detail(programme: ProgrammeEntity, caller: Caller, tx?: Tx): Promise<ProgrammeDto> {
    const [phases, measures] = await Promise.all([
      this.structure.phases(programme.id, tx),
      this.structure.measures(programme.id, tx),
    ]);
    return toProgrammeDto(programme, phases, measures, await this.finder.isOwner(caller, programme, tx));
  }
}
