import { type Widen } from '../../app/i18n/widen';

/**
 * This feature's texts: the i18next namespace `queues` (keys `queues:…`). zh-CN is the source of the
 * shape; the English object is typed by it, so a missing or extra key fails the typecheck.
 */
export const queuesZhCN = {
  subtitle: 'Bull Board',
  reload: '刷新',
  openInNewTab: '在新标签页打开',
  frameTitle: '任务队列面板（Bull Board）',
};

export const queuesEn: Widen<typeof queuesZhCN> = {
  subtitle: 'Bull Board',
  reload: 'Reload',
  openInNewTab: 'Open in a new tab',
  frameTitle: 'Job queue board (Bull Board)',
};
