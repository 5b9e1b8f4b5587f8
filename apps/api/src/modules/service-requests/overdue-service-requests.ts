import { Injectable, Module } from '@nestjs/common';
import { chinaToday, maskName, SERVICE_CATEGORY_LABELS } from '@skillpay/domain';
import { NotificationsService } from '../notifications/notifications.service';
import { ServiceRequestsRepository } from './service-requests.repository';

/**
 * The overdue job: every open request past its due date reminds its window bureau (the district
 * bureau of the talent's district, the city bureau for 市直) once a day. Idempotent: the dedupe
 * key is the request's day (China time), so any number of runs that day create one reminder, and
 * the next day's run another. The talent's name is masked in the title. Its kind is not a
 * `reminder.*` one: those are the deadline digest's, one per organisation and day; this one is per request.
 */
@Injectable()
export class OverdueServiceRequests {
  constructor(
    private readonly repository: ServiceRequestsRepository,
    private readonly notifications: NotificationsService,
  ) {}

  /** Returns how many notifications were created; `today` (YYYY-MM-DD) defaults to China's today. */
  async raise(today: string = chinaToday()): Promise<number> {
    let created = 0;
    for (const item of await this.repository.overdue(today)) {
      const category = SERVICE_CATEGORY_LABELS[item.category];
      const who = maskName(item.talent_name);
      created += await this.notifications.notify({
        recipientOrganisationIds: [item.recipient],
        kind: 'service-request.overdue',
        title: {
          'zh-CN': `服务诉求“${category['zh-CN']}”（${who}）已超过办理时限 ${item.due_on}`,
          en: `Service request "${category.en}" (${who}) is past its due date ${item.due_on}`,
        },
        link: `/service-requests/${item.id}`,
        dedupeKey: `service-request:${item.id}:overdue:${today}`,
      });
    }
    return created;
  }
}

/** The worker's part of the service window. */
@Module({
  providers: [OverdueServiceRequests, ServiceRequestsRepository],
  exports: [OverdueServiceRequests],
})
export class OverdueServiceRequestsModule {}
