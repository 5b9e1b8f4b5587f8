import { Injectable } from '@nestjs/common';
import { chinaToday, monthRange } from '@skillpay/domain';
import { AccessService } from '../../common/access/access.service';
import { type TalentScope } from '../../common/access/scope';
import { type Caller } from '../../common/auth/caller';
import { AppException } from '../../common/errors/app.exception';
import { EditPreconditions, type Precondition } from '../../common/http/concurrency';
import { type Tx, UnitOfWork } from '../../database/unit-of-work';
import { AuditService } from '../audit/audit.service';
import { type TalentOptionDto, type TalentOptionQueryDto } from '../service-requests/service-requests.dto';
import { ServiceRequestsRepository } from '../service-requests/service-requests.repository';
import { ServiceRequestsService } from '../service-requests/service-requests.service';
import { TalentContactException } from './talent-contact.exception';
import {
  type CoverageDto,
  type CoverageQueryDto,
  type CreateTalentContactDto,
  type TalentContactDto,
  type TalentContactListDto,
  type TalentContactQueryDto,
  type UpdateTalentContactDto,
} from './talent-contacts.dto';
import { type ContactRow, TalentContactsRepository } from './talent-contacts.repository';

/**
 * 联系服务记录: contacts of Party committees and bureaus with leading talents (Lüliang 二(一)1: at
 * least monthly), with the follow-up optionally raised as a service request in the same step, and
 * the monthly coverage check. Scope: AccessService.talentScope(…, 'talentContacts', …).
 */
@Injectable()
export class TalentContactsService {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly repository: TalentContactsRepository,
    private readonly talents: ServiceRequestsRepository,
    private readonly requests: ServiceRequestsService,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly preconditions: EditPreconditions,
  ) {}

  private scope(caller: Caller, action: 'read' | 'create' | 'update' = 'read'): TalentScope {
    return this.access.talentScope(caller, 'talentContacts', action);
  }

  async talentOptions(caller: Caller, query: TalentOptionQueryDto): Promise<TalentOptionDto[]> {
    const rows = await this.talents.talentOptions(this.scope(caller, 'create'), query.search);
    return rows.map((row) => ({
      id: row.id,
      name: row.name,
      idNumberMasked: row.id_number_masked,
      enterpriseName: row.enterprise_name,
      regionName: row.region_name,
    }));
  }

  async list(caller: Caller, query: TalentContactQueryDto): Promise<TalentContactListDto> {
    const [rows, total] = await this.repository.findPage(this.scope(caller), query);
    return { items: rows.map(toDto), total };
  }

  async get(caller: Caller, id: string): Promise<TalentContactDto> {
    const row = await this.repository.findInScope(this.scope(caller), id);
    if (!row) throw await this.notFound(id);
    return toDto(row);
  }

  async create(caller: Caller, dto: CreateTalentContactDto): Promise<TalentContactDto> {
    this.checkDay(dto.contactedOn);
    const id = await this.unitOfWork.run(async (tx) => {
      const talent = await this.talents.confirmedTalent(this.scope(caller, 'create'), dto.talentId, tx);
      if (!talent) throw TalentContactException.invalid('talentId', 'contact_talent_unknown');
      const content = contentOf(dto);
      const contactId = await this.repository.insert(
        { talentId: talent.id, ...content, organisationId: caller.organisationId, createdBy: caller.userId },
        tx,
      );
      // the follow-up as a request of the window, linked to the contact, in the same transaction
      const requestId = dto.serviceRequest
        ? await this.requests.createIn(caller, { talentId: talent.id, ...dto.serviceRequest, contactId }, tx)
        : null;
      await this.audit.record(
        {
          action: 'talent-contact.create',
          entityType: 'talent_contact',
          entityId: contactId,
          after: { talentId: talent.id, ...content, serviceRequestId: requestId },
        },
        tx,
      );
      return contactId;
    });
    return this.get(caller, id);
  }

  async update(
    caller: Caller,
    id: string,
    dto: UpdateTalentContactDto,
    precondition?: Precondition,
  ): Promise<TalentContactDto> {
    this.checkDay(dto.contactedOn);
    await this.unitOfWork.run(async (tx: Tx) => {
      const row = await this.repository.findInScope(this.scope(caller, 'update'), id, tx, true);
      if (!row) throw await this.notFound(id, tx);
      await this.preconditions.assert(
        precondition,
        { entityType: 'talent_contact', key: id, version: row.version },
        tx,
      );
      const content = contentOf(dto);
      await this.repository.update(id, content, tx);
      await this.audit.record(
        {
          action: 'talent-contact.update',
          entityType: 'talent_contact',
          entityId: id,
          before: {
            contactedOn: row.contacted_on,
            form: row.form,
            contactBody: row.contact_body,
            contactPerson: row.contact_person,
            heard: row.heard,
            followUp: row.follow_up,
          },
          after: content,
        },
        tx,
      );
    });
    return this.get(caller, id);
  }

  /** Confirmed talents in the scope without a contact in the month, with the month's counts. */
  async coverage(caller: Caller, query: CoverageQueryDto): Promise<CoverageDto> {
    const range = monthRange(query.month);
    if (!range) throw AppException.validation([{ field: 'month', code: 'validation.matches' }]);
    const rows = await this.repository.coverage(this.scope(caller), range.first, range.last);
    const uncovered = rows.filter((row) => row.contacts === 0);
    return {
      month: query.month,
      talents: rows.length,
      covered: rows.length - uncovered.length,
      uncovered: uncovered.length,
      contacts: rows.reduce((sum, row) => sum + row.contacts, 0),
      uncoveredTalents: uncovered.map((row) => ({
        id: row.id,
        name: row.name,
        enterpriseName: row.enterprise_name,
        regionName: row.region_name,
        lastContactOn: row.last_contact_on,
      })),
    };
  }

  private checkDay(day: string): void {
    if (day > chinaToday()) throw TalentContactException.invalid('contactedOn', 'contact_in_future');
  }

  private async notFound(id: string, tx?: Tx): Promise<AppException> {
    return AppException.notFound(
      (await this.repository.exists(id, tx)) ? { entityType: 'talent_contact', entityId: id } : undefined,
    );
  }
}

function contentOf(dto: UpdateTalentContactDto) {
  return {
    contactedOn: dto.contactedOn,
    form: dto.form,
    contactBody: dto.contactBody,
    contactPerson: dto.contactPerson.trim(),
    heard: dto.heard.trim(),
    followUp: dto.followUp?.trim() ? dto.followUp.trim() : null,
  };
}

function toDto(row: ContactRow): TalentContactDto {
  return {
    id: row.id,
    talentId: row.talent_id,
    talentName: row.talent_name,
    enterpriseName: row.enterprise_name,
    contactedOn: row.contacted_on,
    form: row.form,
    contactBody: row.contact_body,
    contactPerson: row.contact_person,
    heard: row.heard,
    followUp: row.follow_up,
    recordedBy: row.recorded_by,
    serviceRequestId: row.service_request_id,
    version: row.version,
  };
}
