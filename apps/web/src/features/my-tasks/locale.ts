import { type Widen } from '../../app/i18n/widen';

/**
 * This feature's texts: the i18next namespace `myTasks` (keys `myTasks:…`). zh-CN is the source of
 * the shape; the English object is typed by it, so a missing or extra key fails the typecheck.
 */
export const myTasksZhCN = {
  title: '我的台账任务',
  intro: '本单位作为责任单位承担的工作方案台账任务。请按期报送本单位的进展情况，可附宣传、培训等工作材料。',
  programme: '工作方案',
  stage: '阶段/举措',
  task: '任务',
  dueOn: '完成时限',
  ownProgress: '本单位进展',
  ownStatus: '本单位状态',
  allUnits: '全部责任单位',
  responsible: '责任单位',
  description: '任务内容',
  open: '查看并报送',
  empty: '本单位暂无承担的台账任务',
  history: '本单位报送记录',
  notReportable: '该工作方案已结束，不再接收进展报送。',
  linked: '该任务按平台记录自动统计进展，无需手工报送。',
  back: '我的台账任务',
};

export const myTasksEn: Widen<typeof myTasksZhCN> = {
  title: 'My ledger tasks',
  intro:
    'Ledger tasks of the work programmes your organisation is a responsible unit for. Report your own progress on time; you may attach publicity or training material.',
  programme: 'Programme',
  stage: 'Phase / measure',
  task: 'Task',
  dueOn: 'Due',
  ownProgress: 'Our progress',
  ownStatus: 'Our status',
  allUnits: 'All responsible units',
  responsible: 'Responsible units',
  description: 'What the task asks',
  open: 'Open and report',
  empty: 'Your organisation is not responsible for any ledger task',
  history: 'Our reports',
  notReportable: 'The programme has ended; progress is no longer reported.',
  linked: 'This task follows the portal’s records; nothing to report by hand.',
  back: 'My ledger tasks',
};
