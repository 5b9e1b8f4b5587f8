import { type Widen } from '../../app/i18n/widen';

/**
 * This feature's texts: the i18next namespace `home` (keys `home:…`). zh-CN is the source of the
 * shape; the English object is typed by it, so a missing or extra key fails the typecheck.
 */
export const homeZhCN = {
  welcome: '您好，{{name}}',
  region: '所在地区：{{region}}',
  open: '查看',
  figures: {
    organisations: '可见组织机构',
    enterprises: '其中企业',
    users: '可见用户',
    regions: '行政区划',
  },
  roleSummary: {
    city_bureau: '您可查看全市的组织机构和用户，并维护所辖单位的联系信息。',
    district_bureau: '您可查看本区（市）的组织机构和用户，并维护所辖单位的联系信息。',
    enterprise: '您可查看和维护本单位的基本信息与联系人。',
    reviewer: '您可参与评审工作，评审事项仅以汇总统计形式呈现。',
    sysadmin: '您负责账号、组织机构、行政区划和后台任务的管理；审计日志由审计管理员查阅。',
    auditor: '您可查阅、导出审计日志并校验其完整性。',
  },
  shortcuts: {
    userAdministration: '创建、停用账号，重置密码，分配角色和单位',
    dashboard: '概览',
    ownOrganisation: '查看和维护本单位地址、联系人等信息',
    organisations: '查询辖区内的组织机构，维护联系信息',
    users: '查询账号及其所属单位、状态和最近登录时间',
    regions: '维护 GB/T 2260 行政区划代码和名称',
    queues: '查看后台任务的执行情况',
    auditLog: '查询、导出审计日志，校验日志链完整性',
    enterprises: '登记和导入企业，按重点优先查看',
    pilotApplications: '试点企业申报、推荐、审批和一企一策方案',
    ownPilotApplications: '申报试点企业，查看办理进度和一企一策方案',
    programmes: '工作方案、工作台账、进展报送和路线图',
    guidance: '登记一企一策指导、专项培训等服务指导活动',
    progressReports: '审核试点企业的进展报送及合规检查结果',
    ownProgressReports: '按期报送指引落实进展和关键指标',
    wageUploads: '上传职工薪酬数据，查看校验结果和历史版本',
    benchmarks: '查看按职业、等级和区域汇总的工资价位',
    benchmarkReleases: '审核并发布工资价位，比较历次发布',
    benchmarkPosition: '对照已发布的工资价位查看本企业薪酬水平',
    occupations: '维护职业分类大典目录和急需紧缺职业',
    payTools: '岗位工资表、晋档、岗位评价、绩效与津贴测算，保存薪酬方案',
    securitySettings: '设置哪些角色须使用两步验证',
  },
  health: {
    title: '系统状态',
    api: '服务',
    db: '数据库',
    queues: '任务队列',
    queuesInPostgres: 'PostgreSQL（单机模式）',
    unreachable: '无法获取',
  },
};

export const homeEn: Widen<typeof homeZhCN> = {
  welcome: 'Welcome, {{name}}',
  region: 'Region: {{region}}',
  open: 'Open',
  figures: {
    organisations: 'Organisations you can see',
    enterprises: 'of which enterprises',
    users: 'Users you can see',
    regions: 'Regions',
  },
  roleSummary: {
    city_bureau:
      'You can look up the organisations and users of the whole city and keep contact details up to date.',
    district_bureau:
      'You can look up the organisations and users of your district and keep contact details up to date.',
    enterprise: "You can view and update your organisation's details and contacts.",
    reviewer: 'You take part in reviews; review matters are shown as aggregated statistics only.',
    sysadmin:
      'You manage accounts, organisations, regions and background jobs; the audit log is for the audit administrator.',
    auditor: 'You can search and export the audit log and verify its integrity.',
  },
  shortcuts: {
    userAdministration: 'Create and disable accounts, reset passwords, assign roles and organisations',
    dashboard: 'Overview',
    ownOrganisation: "View and update your organisation's address and contacts",
    organisations: 'Look up organisations in your area and update contact details',
    users: 'Look up accounts with their organisation, status and last login',
    regions: 'Maintain GB/T 2260 region codes and names',
    queues: 'Watch background jobs run',
    auditLog: 'Search and export the audit log and verify its chain',
    enterprises: 'Register and import enterprises, focus first',
    pilotApplications: 'Pilot applications, recommendations, decisions and 一企一策 plans',
    ownPilotApplications: 'Apply as a pilot enterprise and follow the progress and plan',
    programmes: 'Work plans, the ledger, progress reports and the roadmap',
    guidance: 'Record visits, trainings and other guidance activities',
    progressReports: "Review pilot enterprises' progress reports and their checks",
    ownProgressReports: 'Report progress on the guideline and key indicators each period',
    wageUploads: 'Upload employee wage data; see validation results and past versions',
    benchmarks: 'Wage benchmarks by occupation, skill level and region',
    benchmarkReleases: 'Review and publish benchmarks; compare releases',
    benchmarkPosition: "Your enterprise's pay beside the published benchmarks",
    occupations: 'Keep the occupation catalogue and the urgently needed list',
    payTools: 'Pay tables, step movement, post evaluation, performance pay and allowances; save pay plans',
    securitySettings: 'Choose which roles must use two-factor authentication',
  },
  health: {
    title: 'System status',
    api: 'Service',
    db: 'Database',
    queues: 'Job queues',
    queuesInPostgres: 'PostgreSQL (single-machine mode)',
    unreachable: 'Unavailable',
  },
};
