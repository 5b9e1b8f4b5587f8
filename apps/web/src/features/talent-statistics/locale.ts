import { type Widen } from '../../app/i18n/widen';

/** This feature's texts (人才统计: the leading talents in figures). */
export const talentStatisticsZhCN = {
  title: '高技能领军人才统计',
  note: '已确认入库的人才，仅统计人数',
  year: '统计年度（计算年龄）',
  total: '入库人才',
  people: '{{count}} 人',
  byHonour: '按荣誉称号',
  byHonourNote: '同时获得多项荣誉的人才分别计入',
  byIndustry: '按行业',
  byDistrict: '按区（市）',
  bySkillLevel: '按技能等级',
  byAgeBand: '按年龄段',
  count: '人数',
  empty: '暂无入库人才',
};

export const talentStatisticsEn: Widen<typeof talentStatisticsZhCN> = {
  title: 'Leading talents in figures',
  note: 'Talents confirmed in the database; counts only',
  year: 'Year (for ages)',
  total: 'Talents',
  people: '{{count}}',
  byHonour: 'By honour',
  byHonourNote: 'A talent with several honours counts under each',
  byIndustry: 'By industry',
  byDistrict: 'By district',
  bySkillLevel: 'By skill level',
  byAgeBand: 'By age band',
  count: 'Talents',
  empty: 'No talent in the database yet',
};
