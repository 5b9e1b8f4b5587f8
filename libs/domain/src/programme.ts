/** Work plans (工作方案): templates, ledger task status, working-group roles. */
import { TargetGroup } from './guidance';

type Labels = { 'zh-CN': string; en: string };

export enum ProgrammeTemplateKey {
  Qingdao2021 = 'qingdao-2021',
  Lvliang2023 = 'lvliang-2023',
}

export enum TaskStatus {
  NotStarted = 'not-started',
  InProgress = 'in-progress',
  Done = 'done',
}

export const TASK_STATUS_LABELS: Record<TaskStatus | 'overdue', Labels> = {
  [TaskStatus.NotStarted]: { 'zh-CN': '未开始', en: 'Not started' },
  [TaskStatus.InProgress]: { 'zh-CN': '进行中', en: 'In progress' },
  [TaskStatus.Done]: { 'zh-CN': '已完成', en: 'Done' },
  overdue: { 'zh-CN': '已逾期', en: 'Overdue' },
};

/**
 * A portal event a ledger task follows instead of manual reports (declared once on the task):
 * its progress is computed from the portal's own records, per responsible bureau.
 */
export enum TaskLink {
  /** 发布工资价位: done once a benchmark release of the programme is published */
  BenchmarkRelease = 'benchmark-release',
  /** 一企一策指导: share of the bureau's approved pilots with a guidance visit recorded */
  Guidance = 'guidance',
  /** 选取样本企业 / 试点推荐: approved pilots against the bureau's region quota */
  PilotQuotas = 'pilot-quotas',
  /** share of the bureau's approved pilots with a progress report accepted */
  ProgressReports = 'progress-reports',
}

export const TASK_LINK_LABELS: Record<TaskLink, Labels> = {
  [TaskLink.BenchmarkRelease]: {
    'zh-CN': '随价位发布自动完成',
    en: 'Done when a benchmark release is published',
  },
  [TaskLink.Guidance]: { 'zh-CN': '按已记录的一企一策指导计算', en: 'Follows the guidance visits recorded' },
  [TaskLink.PilotQuotas]: { 'zh-CN': '按试点名额遴选情况计算', en: 'Follows the pilot quotas filled' },
  [TaskLink.ProgressReports]: {
    'zh-CN': '按已通过的进展报告计算',
    en: 'Follows the progress reports accepted',
  },
};

/** One responsible bureau's own progress on a task: its latest report, or what its link computes. */
export interface UnitProgress {
  status: TaskStatus;
  percent: number;
}

/** A task's progress across its responsible bureaus: how many have a figure and their range. */
export interface TaskProgressSummary {
  status: TaskStatus;
  /** bureaus expected to report (or, for a linked task, with something to count) */
  responsible: number;
  reported: number;
  minPercent: number | null;
  maxPercent: number | null;
}

/**
 * Sums up the bureaus' own figures without averaging them: done when every expected bureau is
 * done, in progress when any has started, the range of the figures reported.
 */
export function summariseTaskProgress(units: ReadonlyArray<UnitProgress | null>): TaskProgressSummary {
  const reported = units.filter((unit): unit is UnitProgress => unit !== null);
  const percents = reported.map((unit) => unit.percent);
  const status =
    units.length > 0 &&
    reported.length === units.length &&
    reported.every((u) => u.status === TaskStatus.Done)
      ? TaskStatus.Done
      : reported.some((u) => u.status !== TaskStatus.NotStarted)
        ? TaskStatus.InProgress
        : TaskStatus.NotStarted;
  return {
    status,
    responsible: units.length,
    reported: reported.length,
    minPercent: percents.length ? Math.min(...percents) : null,
    maxPercent: percents.length ? Math.max(...percents) : null,
  };
}

/** What a link counts for a bureau: done at 100 %, started above 0 %. */
export function linkedUnitProgress(percent: number): UnitProgress {
  const clamped = Math.max(0, Math.min(100, Math.round(percent)));
  return {
    percent: clamped,
    status: clamped >= 100 ? TaskStatus.Done : clamped > 0 ? TaskStatus.InProgress : TaskStatus.NotStarted,
  };
}

export enum WorkingGroupRole {
  Leader = 'leader',
  DeputyLeader = 'deputy-leader',
  Member = 'member',
  Liaison = 'liaison',
}

export const WORKING_GROUP_ROLE_LABELS: Record<WorkingGroupRole, Labels> = {
  [WorkingGroupRole.Leader]: { 'zh-CN': '组长', en: 'Leader' },
  [WorkingGroupRole.DeputyLeader]: { 'zh-CN': '副组长', en: 'Deputy leader' },
  [WorkingGroupRole.Member]: { 'zh-CN': '成员', en: 'Member' },
  [WorkingGroupRole.Liaison]: { 'zh-CN': '联络员', en: 'Liaison' },
};

/**
 * Responsible units that are organisations on the portal. A template names them as written in
 * its source document; `portalUnitOf` tells which organisation of the programme's city they are.
 */
export enum PortalUnit {
  CityBureau = 'city-bureau',
  DistrictBureaus = 'district-bureaus',
  TradeUnion = 'trade-union',
  EnterpriseConfederation = 'enterprise-confederation',
  IndustryCommerceFederation = 'industry-commerce-federation',
}

const PORTAL_UNIT_NAMES: Array<[PortalUnit, readonly string[]]> = [
  [PortalUnit.CityBureau, ['市人社局', '人社局', '市人力资源和社会保障局', '青岛市人力资源和社会保障局']],
  [PortalUnit.DistrictBureaus, ['各区市人社局', '各区市人力资源社会保障局', '区（市）人社局']],
  [PortalUnit.TradeUnion, ['市总工会', '总工会']],
  [PortalUnit.EnterpriseConfederation, ['市企业联合会/企业家协会', '企业联合会', '市企联']],
  [PortalUnit.IndustryCommerceFederation, ['市工商业联合会', '工商联', '市工商联']],
];

/** The portal organisation a responsible unit's name stands for, or null for a text-only unit. */
export function portalUnitOf(name: string): PortalUnit | null {
  const trimmed = name.trim();
  return PORTAL_UNIT_NAMES.find(([, names]) => names.includes(trimmed))?.[0] ?? null;
}

export interface TemplateTask {
  title: string;
  description: string;
  /** ISO date in the template's base year */
  dueOn: string;
  /** responsible units as written in the source document */
  responsibleUnits: readonly string[];
  /** the portal event the task follows, where the link is plain */
  linkedEvent?: TaskLink;
}

export interface TemplatePhase {
  name: string;
  startsOn: string;
  endsOn: string;
  tasks: readonly TemplateTask[];
}

export interface TemplateMeasure {
  targetGroup: TargetGroup;
  title: string;
  responsibleUnits: readonly string[];
  tasks: readonly TemplateTask[];
}

export interface ProgrammeTemplate {
  key: ProgrammeTemplateKey;
  name: Labels;
  /** the year the template's dates are written in */
  baseYear: number;
  source: string;
  principles: string;
  phases: readonly TemplatePhase[];
  measures: readonly TemplateMeasure[];
}

const QD_CITY = '市人社局';
const QD_DISTRICTS = '各区市人社局';
const QD_UNION = '市总工会';
const QD_FEDERATION = '市企业联合会/企业家协会';
const QD_COMMERCE = '市工商业联合会';

/** 青人社字〔2021〕61号 三、工作步骤 with 四、有关要求 for who does what. */
const QINGDAO_2021: ProgrammeTemplate = {
  key: ProgrammeTemplateKey.Qingdao2021,
  name: { 'zh-CN': '青岛市工作方案（青人社字〔2021〕61号）', en: 'Qingdao work plan (2021 No. 61)' },
  baseYear: 2021,
  source: '青人社字〔2021〕61号',
  principles: [
    '（一）坚持企业自主分配，政府宏观指导。',
    '（二）强化技能价值导向，合理提高待遇。',
    '（三）统筹协调发展，实现共享共赢。',
  ].join('\n'),
  phases: [
    {
      name: '部署发动',
      startsOn: '2021-07-01',
      endsOn: '2021-07-31',
      tasks: [
        {
          title: '成立工作小组',
          description: '成立分管领导牵头、劳动关系和职业能力等相关科室参与的工作小组，建立工作台账和路线图。',
          dueOn: '2021-07-31',
          responsibleUnits: [QD_CITY, QD_DISTRICTS],
        },
        {
          title: '宣传发动',
          description: '充分利用各种宣传资源，丰富宣传形式，加大宣传力度，营造贯彻落实《指引》的良好氛围。',
          dueOn: '2021-07-31',
          // 四(四): the confederation and the federation of industry and commerce lead enterprises
          // to learn and use the guideline
          responsibleUnits: [QD_CITY, QD_DISTRICTS, QD_UNION, QD_FEDERATION, QD_COMMERCE],
        },
        {
          title: '选取样本企业',
          description:
            '在企业自愿申报的基础上，市直企业中选择2-3家、各区市分别选择1-2家样本企业作为本年度试点企业。',
          dueOn: '2021-07-31',
          responsibleUnits: [QD_CITY, QD_DISTRICTS],
          linkedEvent: TaskLink.PilotQuotas,
        },
      ],
    },
    {
      name: '服务指导',
      startsOn: '2021-07-01',
      endsOn: '2021-10-31',
      tasks: [
        {
          title: '一企一策指导',
          description: '深入企业进行“一企一策”精准指导，引导企业建立体现技能价值导向的薪酬分配制度。',
          dueOn: '2021-10-31',
          responsibleUnits: [QD_CITY, QD_DISTRICTS],
          linkedEvent: TaskLink.Guidance,
        },
        {
          title: '专项培训',
          description: '组织企业经营者和人力资源管理人员开展专项培训；组织协调劳动关系三方工作人员培训。',
          dueOn: '2021-10-31',
          // 四(四): the tripartite parties train together; the union puts the guideline into its
          // collective-bargaining training, the enterprise confederation is the employers' party
          responsibleUnits: [QD_CITY, QD_DISTRICTS, QD_UNION, QD_FEDERATION],
        },
        {
          title: '发布工资价位',
          description: '发布急需紧缺专业技能人才工资价位。',
          dueOn: '2021-10-31',
          responsibleUnits: [QD_CITY],
          linkedEvent: TaskLink.BenchmarkRelease,
        },
      ],
    },
    {
      name: '总结评估',
      startsOn: '2021-11-01',
      endsOn: '2022-01-31',
      tasks: [
        {
          title: '示范班',
          description: '举办技能人才薪酬分配示范班，推广典型区市和示范企业的先进经验。',
          dueOn: '2022-01-31',
          responsibleUnits: [QD_CITY, QD_DISTRICTS],
        },
        {
          title: '案例精选',
          description: '总结鲜活案例，刊发案例精选，做到“指导一个，带动一批，影响一片”。',
          dueOn: '2022-01-31',
          responsibleUnits: [QD_CITY],
        },
      ],
    },
  ],
  measures: [],
};

const LV_DUE = '2023-12-31';

function lvTask(title: string, units: string, description = ''): TemplateTask {
  return {
    title,
    description,
    dueOn: LV_DUE,
    responsibleUnits: units.split('、').map((unit) => unit.trim()),
  };
}

function measure(targetGroup: TargetGroup, title: string, tasks: TemplateTask[]): TemplateMeasure {
  const units: string[] = [];
  for (const task of tasks)
    for (const unit of task.responsibleUnits) if (!units.includes(unit)) units.push(unit);
  return { targetGroup, title, responsibleUnits: units, tasks };
}

/** 吕产改办发〔2023〕6号 二、具体举措: three target groups, numbered measures with 责任单位. */
const LVLIANG_2023: ProgrammeTemplate = {
  key: ProgrammeTemplateKey.Lvliang2023,
  name: {
    'zh-CN': '吕梁市分类指导机制（吕产改办发〔2023〕6号）',
    en: 'Lüliang classified guidance (2023 No. 6)',
  },
  baseYear: 2023,
  source: '吕产改办发〔2023〕6号',
  principles: '坚持问题导向、目标导向、结果导向，针对不同群体加强分类指导。',
  phases: [],
  measures: [
    measure(TargetGroup.HighSkillLeaders, '切实提高高技能领军人才待遇和保障水平', [
      lvTask(
        '提高高技能领军人才的政治待遇',
        '市委组织部、市人大办公室、市政协办公室、市委统战部、市总工会、团市委、妇联、市人社局',
      ),
      lvTask('提高高技能领军人才的经济待遇', '市人社局、市委组织部、国资委、中小企业局、工商联、试点企业'),
      lvTask('提高高技能领军人才的社会待遇', '市委组织部、人社局、教育局、市总工会'),
      lvTask(
        '全面加强对高技能领军人才的服务保障',
        '人社局、市委组织部、国资委、中小企业局、工商联、市总工会、试点企业',
      ),
      lvTask(
        '发挥高技能领军人才在技术创新等方面的重要作用',
        '市委办、政府办、市总工会、人社局、科技局、科协、商务局、外事办、试点企业',
      ),
    ]),
    measure(TargetGroup.TechnicalWorkers, '健全完善技术工人培养、评价、使用、激励、保障机制', [
      lvTask('提高技术工人收入水平', '人社局、国资委、中小企业局、工商联、总工会、试点企业'),
      lvTask('提高技术工人技能素质', '人社局、教育局、财政局、国资委、中小企业局、工商联、总工会、试点企业'),
      lvTask('提升技术工人的创新能力', '科技局、科协、人社局、国资委、中小企业局、工商联、总工会、试点企业'),
      lvTask('畅通技术工人职业发展通道', '人社局、国资委、中小企业局、工商联、试点企业'),
      lvTask('鼓励技术工人参与企业管理', '总工会、人社局、国资委、中小企业局、工商联、试点企业'),
    ]),
    measure(TargetGroup.MigrantWorkers, '积极推动农民工成为稳定就业的产业工人', [
      lvTask('维护农民工合法权益', '人社局、总工会、市人大社建委、卫健委、应急局、试点企业'),
      lvTask('提升农民工技术技能素质、促进稳定就业', '人社局、总工会'),
      lvTask('促进农民工融入城市', '住建局、城管局、教育局、卫健委、市委组织部、人社局、总工会'),
      lvTask(
        '严格规范劳务派遣用工',
        '人社局、市委组织部、总工会、宣传部、文旅局、市人大社建委、卫健委、应急局、试点企业',
      ),
    ]),
  ],
};

export const PROGRAMME_TEMPLATES: Record<ProgrammeTemplateKey, ProgrammeTemplate> = {
  [ProgrammeTemplateKey.Qingdao2021]: QINGDAO_2021,
  [ProgrammeTemplateKey.Lvliang2023]: LVLIANG_2023,
};

/**
 * Moves an ISO date by whole years (2021-07-31 → 2026-07-31); 29 February becomes 28 February in
 * a year without it.
 */
export function shiftIsoDate(iso: string, years: number): string {
  const [year, month, day] = iso.split('-').map(Number);
  const target = year + years;
  const lastDay = new Date(Date.UTC(target, month, 0)).getUTCDate();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${target}-${pad(month)}-${pad(Math.min(day, lastDay))}`;
}

/** Moves an ISO date by whole days (2026-12-07 + 30 → 2027-01-06). */
export function shiftIsoDays(iso: string, days: number): string {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** The template with every date moved to the programme's year (unchanged for the base year). */
export function instantiateTemplate(key: ProgrammeTemplateKey, year: number): ProgrammeTemplate {
  const template = PROGRAMME_TEMPLATES[key];
  const years = year - template.baseYear;
  const shiftTask = (task: TemplateTask): TemplateTask => ({
    ...task,
    dueOn: shiftIsoDate(task.dueOn, years),
  });
  return {
    ...template,
    phases: template.phases.map((phase) => ({
      ...phase,
      startsOn: shiftIsoDate(phase.startsOn, years),
      endsOn: shiftIsoDate(phase.endsOn, years),
      tasks: phase.tasks.map(shiftTask),
    })),
    measures: template.measures.map((m) => ({ ...m, tasks: m.tasks.map(shiftTask) })),
  };
}

/** Overdue is derived, never stored: the due date has passed and the task is not done. */
export function isTaskOverdue(task: { dueOn: string | null; status: TaskStatus }, today: string): boolean {
  return task.status !== TaskStatus.Done && task.dueOn !== null && task.dueOn < today;
}

/** Today's date (YYYY-MM-DD) in China Standard Time, the calendar the deadlines are written in. */
export function chinaToday(now: Date = new Date()): string {
  return new Date(now.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
}

/** 13812345678 → 138****5678; short numbers keep only the last two digits. */
export function maskPhone(phone: string | null): string | null {
  if (!phone) return phone;
  const digits = phone.replace(/\s/g, '');
  if (digits.length >= 11) return `${digits.slice(0, 3)}****${digits.slice(-4)}`;
  if (digits.length <= 2) return '*'.repeat(digits.length);
  return `${'*'.repeat(digits.length - 2)}${digits.slice(-2)}`;
}

/** draft → active → closed (the API's ProgrammeStatus values). */
export type ProgrammeStatusKey = 'draft' | 'active' | 'closed';

export const PROGRAMME_STATUS_LABELS: Record<ProgrammeStatusKey, Labels> = {
  draft: { 'zh-CN': '草稿', en: 'Draft' },
  active: { 'zh-CN': '实施中', en: 'Active' },
  closed: { 'zh-CN': '已结束', en: 'Closed' },
};

/** The status a programme may move to next, or null once closed. */
export function nextProgrammeStatus(status: ProgrammeStatusKey): ProgrammeStatusKey | null {
  return status === 'draft' ? 'active' : status === 'active' ? 'closed' : null;
}
