import {
  ALL_AUDIT_ACTION_LABELS,
  AUDIT_ACTION_LABELS,
  AUDIT_ENTITY_LABELS,
  AUDITED_WORKFLOWS,
  formatChinaTime,
} from './audit';

const CHINESE = /[\u4e00-\u9fff]/;

describe('audit labels', () => {
  it.each(Object.entries({ ...ALL_AUDIT_ACTION_LABELS, ...AUDIT_ENTITY_LABELS }))(
    '%s has a Chinese and an English label',
    (_code, labels) => {
      expect(labels['zh-CN']).toMatch(CHINESE);
      expect(labels.en.trim()).not.toBe('');
      expect(labels.en).not.toMatch(CHINESE);
    },
  );

  it('labels every step of every audited workflow from the workflow, e.g. pilot.recommend', () => {
    for (const workflow of AUDITED_WORKFLOWS) {
      for (const action of Object.keys(workflow.actions)) {
        expect(ALL_AUDIT_ACTION_LABELS[`${workflow.name}.${action}`]).toBeDefined();
      }
    }
    expect(ALL_AUDIT_ACTION_LABELS['pilot.recommend']).toEqual({
      'zh-CN': '申报：推荐',
      en: 'Recommend (application)',
    });
    expect(AUDIT_ACTION_LABELS['auth.login']['zh-CN']).toBe('登录');
  });
});

describe('China time', () => {
  it('shows an instant at UTC+8 whatever the zone it was written in', () => {
    // 16:30 UTC on 28 Feb is 00:30 on 1 March in Beijing
    expect(formatChinaTime('2026-02-28T16:30:00Z')).toBe('2026-03-01 00:30:00');
    expect(formatChinaTime(new Date('2026-03-01T08:00:00+08:00'))).toBe('2026-03-01 08:00:00');
  });
});
