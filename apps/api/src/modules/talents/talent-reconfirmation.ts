import { Injectable, Module } from '@nestjs/common';
import { maskName, OrganisationType } from '@skillpay/domain';
import { AppConfig } from '../../common/config/app-config';
import { UnitOfWork } from '../../database/unit-of-work';
import { AuditService } from '../audit/audit.service';
import { NotificationsService } from '../notifications/notifications.service';
import { TalentsRepository } from './talents.repository';

/**
 * 动态更新 (中办发〔2018〕16号 三(一)): once a year each record in the database is checked. A month
 * before a confirmed record turns stale (TALENT_STALE_MONTHS after its last confirmation), its
 * enterprise and its district bureau (the city for 市直) are asked to reconfirm it. Idempotent: the
 * request is stamped on the record (reconfirm_requested_at) in the transaction that notifies, so
 * any number of runs asks once per record and year; the notification's dedupe key says the same.
 */
@Injectable()
export class TalentReconfirmation {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly repository: TalentsRepository,
    private readonly notifications: NotificationsService,
    private readonly audit: AuditService,
    private readonly config: AppConfig,
  ) {}

  /** Returns how many records were asked for. */
  requestReconfirmations(): Promise<number> {
    return this.unitOfWork.run(async (tx) => {
      const due = await this.repository.reconfirmationCandidates(this.config.talentStaleMonths, tx);
      const now = new Date();
      const year = now.getFullYear();
      for (const talent of due) {
        const bureaus = talent.cityDirect
          ? await this.repository.bureauIds(OrganisationType.CityBureau, talent.cityCode, tx)
          : await this.repository.bureauIds(OrganisationType.DistrictBureau, talent.regionCode, tx);
        const who = maskName(talent.name);
        await this.notifications.notify(
          {
            recipientOrganisationIds: [talent.enterpriseId, ...bureaus],
            kind: 'talent.reconfirm',
            title: {
              'zh-CN': `请年度复核高技能人才${who}（${talent.enterpriseName}）的信息是否仍然准确`,
              en: `Please reconfirm the record of the leading talent ${who} (${talent.enterpriseName}) for this year`,
            },
            link: `/talents/${talent.id}`,
            dedupeKey: `talent:${talent.id}:reconfirm:${year}`,
          },
          tx,
        );
        await this.audit.record(
          { action: 'talent.reconfirm_request', entityType: 'talent', entityId: talent.id },
          tx,
        );
      }
      await this.repository.markReconfirmRequested(
        due.map((talent) => talent.id),
        now,
        tx,
      );
      return due.length;
    });
  }
}

/** Worker-side: the yearly reconfirmation requests of the talent database. */
@Module({
  providers: [TalentReconfirmation, TalentsRepository],
  exports: [TalentReconfirmation],
})
export class TalentReconfirmationModule {}
