import { type Widen } from '../../app/i18n/widen';

/**
 * This feature's texts: the i18next namespace `programmeStatistics` (keys `programmeStatistics:…`).
 * zh-CN is the source of the shape; the English object is typed by it.
 */
export const programmeStatisticsZhCN = {
  title: '工作方案实施概况',
  note: '汇总统计，不含任何个人的薪酬或身份信息',
  choose: '选择工作方案',
  noProgramme: '本地区暂无实施中的工作方案',
  pilots: '试点企业',
  pilotsPending: '另有 {{count}} 家申报中',
  reports: '收到进展报送',
  reportsDetail: '已通过 {{accepted}} · 待审核 {{submitted}} · 退回 {{returned}}',
  reportsEnterprises: '来自 {{count}} 家企业',
  releases: '工资价位发布',
  latestRelease: '最新 {{label}}（{{date}}）',
  releaseCoverage: '基于 {{enterprises}} 家企业、{{employees}} 名职工汇总',
  noRelease: '尚未发布',
  pilotsByRegion: '各区（市）试点企业',
  region: '区（市）',
  cityDirect: '市直企业',
  approved: '已批准',
  pending: '申报中',
  cases: '典型案例（按状态）',
  casesTotal: '已提交 {{count}} 篇',
  noCases: '暂无提交的典型案例',
};

export const programmeStatisticsEn: Widen<typeof programmeStatisticsZhCN> = {
  title: 'The programme at a glance',
  note: 'Aggregate figures: no individual’s pay or identity',
  choose: 'Choose a programme',
  noProgramme: 'No programme under way in your region',
  pilots: 'Pilot enterprises',
  pilotsPending: '{{count}} more applying',
  reports: 'Progress reports received',
  reportsDetail: 'accepted {{accepted}} · waiting {{submitted}} · returned {{returned}}',
  reportsEnterprises: 'from {{count}} enterprises',
  releases: 'Benchmark releases',
  latestRelease: 'latest {{label}} ({{date}})',
  releaseCoverage: 'from {{enterprises}} enterprises, {{employees}} employees',
  noRelease: 'none published yet',
  pilotsByRegion: 'Pilot enterprises by district',
  region: 'District',
  cityDirect: 'City-direct enterprises',
  approved: 'Approved',
  pending: 'Applying',
  cases: 'Case studies by state',
  casesTotal: '{{count}} submitted',
  noCases: 'No case study submitted yet',
};
