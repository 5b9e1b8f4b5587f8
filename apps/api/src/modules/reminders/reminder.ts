import { type Resource } from '@skillpay/domain';

/** One item due or overdue, for one organisation to be reminded of (before the daily digest). */
export interface Reminder {
  recipientOrganisationId: string;
  /** the resource whose page `link` opens: organisations whose roles cannot read it are not reminded */
  resource: Resource;
  /** the notification kind when it is the organisation's only reminder of the day, e.g. `reminder.task-overdue` */
  kind: string;
  /** the full sentence, used when it is the only reminder */
  title: { 'zh-CN': string; en: string };
  /** a short name for the digest's list, e.g. 台账任务“选取样本企业” */
  name: { 'zh-CN': string; en: string };
  link: string;
  overdue: boolean;
  /**
   * For an organisation whose roles cannot read `resource`, the page that holds the item for it,
   * e.g. a reviewer organisation's own task page (我的台账任务) instead of the ledger.
   */
  elsewhere?: { resource: Resource; link: string };
}
