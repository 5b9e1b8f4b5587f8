import { type Widen } from '../../app/i18n/widen';

/**
 * This feature's texts: the i18next namespace `guidance` (keys `guidance:…`). zh-CN is the source of the
 * shape; the English object is typed by it, so a missing or extra key fails the typecheck.
 */
export const guidanceZhCN = {
  listTitle: '服务指导活动',
  create: '登记服务指导',
  edit: '编辑服务指导',
  kind: '类别',
  occurredOn: '日期',
  month: '月份',
  title: '主题',
  programme: '所属工作方案',
  enterprises: '参与企业',
  officers: '参与人员',
  organiser: '组织单位',
  region: '地区',
  guidelineParts: '涉及指引内容',
  articles: '第 {{articles}} 条',
  audience: '培训对象',
  attendeeCount: '参训人数',
  outcome: '指导成效',
  attachments: '附件',
  upload: '上传附件',
  attached: '附件已上传',
  noAttachments: '暂无附件',
  deleteConfirm: '确定删除该活动记录？',
  deleted: '活动记录已删除',
};

export const guidanceEn: Widen<typeof guidanceZhCN> = {
  listTitle: 'Guidance activities',
  create: 'Record guidance',
  edit: 'Edit guidance activity',
  kind: 'Kind',
  occurredOn: 'Date',
  month: 'Month',
  title: 'Subject',
  programme: 'Programme',
  enterprises: 'Enterprises',
  officers: 'Officers',
  organiser: 'Organised by',
  region: 'Region',
  guidelineParts: 'Guideline parts covered',
  articles: 'arts. {{articles}}',
  audience: 'Audience',
  attendeeCount: 'Attendees',
  outcome: 'Outcome',
  attachments: 'Attachments',
  upload: 'Upload files',
  attached: 'Files uploaded',
  noAttachments: 'No attachments',
  deleteConfirm: 'Delete this activity?',
  deleted: 'Activity deleted',
};
