/** Reference data of guidance work (服务指导) and work plans. */
type Labels = { 'zh-CN': string; en: string };

export enum GuidanceKind {
  /** 深入企业“一企一策”精准指导 */
  Visit = 'visit',
  /** 专项培训 */
  Training = 'training',
  Consultation = 'consultation',
  /** 示范班 */
  DemonstrationClass = 'demonstration-class',
  /** 宣讲会 */
  Briefing = 'briefing',
}

export const GUIDANCE_KIND_LABELS: Record<GuidanceKind, Labels> = {
  [GuidanceKind.Visit]: { 'zh-CN': '一企一策上门指导', en: 'On-site visit (一企一策)' },
  [GuidanceKind.Training]: { 'zh-CN': '专项培训', en: 'Training' },
  [GuidanceKind.Consultation]: { 'zh-CN': '咨询', en: 'Consultation' },
  [GuidanceKind.DemonstrationClass]: { 'zh-CN': '示范班', en: 'Demonstration class' },
  [GuidanceKind.Briefing]: { 'zh-CN': '宣讲会', en: 'Briefing' },
};

export enum TrainingAudience {
  Owners = 'owners',
  HrManagers = 'hr-managers',
}

export const TRAINING_AUDIENCE_LABELS: Record<TrainingAudience, Labels> = {
  [TrainingAudience.Owners]: { 'zh-CN': '企业经营者', en: 'Owners and executives' },
  [TrainingAudience.HrManagers]: { 'zh-CN': '人力资源管理人员', en: 'HR managers' },
};

/** Parts of the national guideline (人社厅发〔2021〕7号) a plan adopts or an activity covers. */
export enum GuidelinePart {
  CareerChannel = 'career-channel',
  PayUnits = 'pay-units',
  PostEvaluation = 'post-evaluation',
  PostPayTable = 'post-pay-table',
  PerformancePay = 'performance-pay',
  Allowances = 'allowances',
  HighSkillLeaderIncentives = 'high-skill-leader-incentives',
}

export const GUIDELINE_PART_LABELS: Record<GuidelinePart, Labels & { articles: string }> = {
  [GuidelinePart.CareerChannel]: { 'zh-CN': '职业发展通道', en: 'Career channel', articles: '5–12' },
  [GuidelinePart.PayUnits]: { 'zh-CN': '工资单元', en: 'Pay units', articles: '13–16' },
  [GuidelinePart.PostEvaluation]: { 'zh-CN': '岗位评价', en: 'Post evaluation', articles: '17–19' },
  [GuidelinePart.PostPayTable]: { 'zh-CN': '岗位工资标准', en: 'Post pay table', articles: '20–24' },
  [GuidelinePart.PerformancePay]: { 'zh-CN': '绩效工资', en: 'Performance pay', articles: '25–27' },
  [GuidelinePart.Allowances]: { 'zh-CN': '津贴补贴', en: 'Allowances', articles: '28–34' },
  [GuidelinePart.HighSkillLeaderIncentives]: {
    'zh-CN': '高技能领军人才中长期激励',
    en: 'Mid/long-term incentives for high-skill leaders',
    articles: '38–44',
  },
};

/** Lüliang's target groups (吕产改办发〔2023〕6号 二). */
export enum TargetGroup {
  HighSkillLeaders = 'high-skill-leaders',
  TechnicalWorkers = 'technical-workers',
  MigrantWorkers = 'migrant-workers',
}

export const TARGET_GROUP_LABELS: Record<TargetGroup, Labels> = {
  [TargetGroup.HighSkillLeaders]: { 'zh-CN': '高技能领军人才', en: 'High-skill leading talents' },
  [TargetGroup.TechnicalWorkers]: { 'zh-CN': '技术工人', en: 'Technical workers' },
  [TargetGroup.MigrantWorkers]: { 'zh-CN': '农民工', en: 'Migrant workers' },
};
