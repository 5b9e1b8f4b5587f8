import { CASE_WORKFLOW, CaseAction, CaseStatus, DEFAULT_CASE_RUBRIC, shiftIsoDays } from '@skillpay/domain';
import { type EntityManager } from 'typeorm';
import { WorkflowTransitionEntity } from '../../common/workflow/workflow-transition.entity';
import { CaseAssignmentEntity } from '../../modules/case-reviews/case-assignment.entity';
import { CaseReviewEntity } from '../../modules/case-reviews/case-review.entity';
import { CaseStudyVersionEntity } from '../../modules/cases/case-study-version.entity';
import { CaseStudyEntity } from '../../modules/cases/case-study.entity';
import { UserEntity } from '../../modules/users/user.entity';

/** The demo case under review: written by 青岛海晟船舶装备有限公司 (fictional), endorsed by 黄岛区. */
export const DEMO_REVIEW_CASE = {
  title: '以技能等级为主线的船舶焊接岗位绩效工资改革',
  articles: [13, 20, 25, 30],
  background:
    '公司一线焊接、装配岗位技能人才约 620 人。改革前绩效工资按班组产量平均分配，技能等级只体现在每月 100 元的技能津贴上，' +
    '高级工与初级工收入差距不足 10%，近三年高级焊工流失率在 12% 左右，新员工参加技能等级认定的意愿不高。（示例数据）',
  measures:
    '一、以岗位价值和技能等级确定岗位工资：焊接岗位按岗位评价分为 5 个岗级，同一岗级内按技能等级设 4 档，技师、高级技师进入最高两档。\n' +
    '二、绩效工资与个人技能挂钩：绩效工资由班组产量、个人质量合格率和技能系数三部分组成，技能系数初级工 1.0、中级工 1.15、高级工 1.3、技师 1.5。\n' +
    '三、设立带徒津贴：技师、高级技师带徒每人每月 300 元，徒弟取得上一等级证书后再奖励 1,000 元。\n' +
    '四、方案经职工代表大会审议通过，并在厂区公示 7 天。（示例数据）',
  results: [
    { indicator: '高级工月均绩效工资', before: 2680, after: 3920, unit: '元', period: '2025 → 2026' },
    { indicator: '高级焊工年流失率', before: 12, after: 5, unit: '%', period: '2025 → 2026' },
    { indicator: '当年取得技能等级证书人数', before: 46, after: 131, unit: '人', period: '2025 → 2026' },
  ],
  resultsNarrative:
    '改革实施一年，高级工月均绩效工资提高 46%，高级焊工流失率由 12% 降至 5%，报名参加技能等级认定的职工明显增多；' +
    '焊缝一次合格率由 96.1% 提高到 98.4%。（示例数据）',
};

/** The demo case endorsed by 崂山区 and waiting for the city to assign reviewers (青岛崂山智能电子科技有限公司, fictional). */
export const DEMO_ENDORSED_CASE = {
  title: '电子装配岗位推行薪点工资制，技能等级决定薪点',
  articles: [17, 20, 22, 31],
  background:
    '公司有电子装配、调试、检验岗位职工约 380 人，原工资按岗位固定发放，同岗位不同技能等级的职工工资相同，' +
    '职工参加技能提升培训的积极性不高，调试岗位长期缺少中高级工。（示例数据）',
  measures:
    '一、岗位评价：按责任、技能、强度、环境四个要素对 26 个岗位评价打分，划为 6 个岗级。\n' +
    '二、薪点工资：每个岗级按技能等级设薪点区间，薪点值每年按效益确定（2026 年 1 点 = 9.5 元）；' +
    '取得高一级技能等级证书，次月起晋升 2 档薪点。\n' +
    '三、带徒津贴：高级工以上职工带徒，每月 200 元，考核合格后发放。\n' +
    '四、方案经工会和职代会讨论通过。（示例数据）',
  results: [
    { indicator: '调试岗位中高级工人数', before: 18, after: 41, unit: '人', period: '2025 → 2026' },
    { indicator: '高级工与初级工月工资比', before: 1.12, after: 1.46, unit: '倍', period: '2025 → 2026' },
  ],
  resultsNarrative:
    '薪点工资实施后，调试岗位中高级工由 18 人增至 41 人，高级工与初级工的工资差距拉开到 1.46 倍，职工满意度调查满意率 91%。（示例数据）',
};

/**
 * One case under review so that both demo reviewers have work when they log in (the city bureau
 * assigned reviewer-union and reviewer-federation, due ten days after the load date; neither has
 * scored yet), and one endorsed case waiting for reviewers. Idempotent with the demo programme (seeded once with it).
 */
export async function seedDemoCaseReview(
  manager: EntityManager,
  programmeId: string,
  organisationIds: Map<string, string>,
  today: string,
): Promise<void> {
  const enterpriseId = organisationIds.get('ent-a')!;
  const user = (username: string) => manager.findOneByOrFail(UserEntity, { username });
  // one after another: the seed's transaction holds a single connection
  const users: UserEntity[] = [];
  for (const username of ['ent-a', 'qd-huangdao', 'qd-city', 'reviewer-union', 'reviewer-federation']) {
    users.push(await user(username));
  }
  const [author, district, city, union, federation] = users;
  const submittedAt = new Date();
  const caseStudy = await manager.save(
    CaseStudyEntity,
    manager.create(CaseStudyEntity, {
      programmeId,
      regionCode: '370211',
      enterpriseId,
      externalEnterprise: null,
      authorOrganisationId: enterpriseId,
      status: CaseStatus.UnderReview,
      currentVersionNo: 1,
      createdBy: author.id,
      submittedAt,
    }),
  );
  const version = await manager.save(
    CaseStudyVersionEntity,
    manager.create(CaseStudyVersionEntity, {
      caseId: caseStudy.id,
      versionNo: 1,
      ...DEMO_REVIEW_CASE,
      createdBy: author.id,
      submittedAt,
    }),
  );
  const step = (
    action: CaseAction,
    from: CaseStatus,
    to: CaseStatus,
    actor: UserEntity,
    reason: string | null,
  ) => ({
    workflow: CASE_WORKFLOW.name,
    subjectId: caseStudy.id,
    action,
    fromState: from,
    toState: to,
    actorId: actor.id,
    actorOrganisationId: actor.organisationId,
    reason,
  });
  await manager.insert(WorkflowTransitionEntity, [
    step(CaseAction.Submit, CaseStatus.Draft, CaseStatus.Submitted, author, null),
    step(
      CaseAction.Endorse,
      CaseStatus.Submitted,
      CaseStatus.Endorsed,
      district,
      '做法具体、数据完整，职代会程序规范，同意推荐（示例数据）。',
    ),
    step(CaseAction.StartReview, CaseStatus.Endorsed, CaseStatus.UnderReview, city, null),
  ]);
  for (const reviewer of [union, federation]) {
    const assignment = await manager.save(
      CaseAssignmentEntity,
      manager.create(CaseAssignmentEntity, {
        caseId: caseStudy.id,
        caseVersionId: version.id,
        reviewerUserId: reviewer.id,
        reviewerOrganisationId: reviewer.organisationId,
        dueDate: shiftIsoDays(today, 10),
        rubric: DEFAULT_CASE_RUBRIC,
        assignedBy: city.id,
      }),
    );
    await manager.insert(CaseReviewEntity, { assignmentId: assignment.id });
  }

  // a second case, endorsed by 崂山区: the city's to-do to assign reviewers
  const laoshanEnterprise = organisationIds.get('ent-c')!;
  const endorsed = await manager.save(
    CaseStudyEntity,
    manager.create(CaseStudyEntity, {
      programmeId,
      regionCode: '370212',
      enterpriseId: laoshanEnterprise,
      externalEnterprise: null,
      authorOrganisationId: laoshanEnterprise,
      status: CaseStatus.Endorsed,
      currentVersionNo: 1,
      createdBy: null,
      submittedAt,
    }),
  );
  await manager.save(
    CaseStudyVersionEntity,
    manager.create(CaseStudyVersionEntity, {
      caseId: endorsed.id,
      versionNo: 1,
      ...DEMO_ENDORSED_CASE,
      createdBy: null,
      submittedAt,
    }),
  );
  const laoshan = await user('qd-laoshan');
  await manager.insert(WorkflowTransitionEntity, [
    {
      ...step(
        CaseAction.Endorse,
        CaseStatus.Submitted,
        CaseStatus.Endorsed,
        laoshan,
        '岗位评价规范，成效数据可核验，同意推荐（示例数据）。',
      ),
      subjectId: endorsed.id,
    },
  ]);
}
