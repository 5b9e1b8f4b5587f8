import {
  CaseCollectionStatus,
  CaseStatus,
  type CaseResultFigure,
  EnterpriseSize,
  type ExternalEnterprise,
  OrganisationType,
  Ownership,
  QUJING_REGIONS,
} from '@skillpay/domain';
import { type EntityManager } from 'typeorm';
import { CaseCollectionEntryEntity } from '../../modules/case-collections/case-collection-entry.entity';
import { CaseCollectionEntity } from '../../modules/case-collections/case-collection.entity';
import { CaseStudyVersionEntity } from '../../modules/cases/case-study-version.entity';
import { CaseStudyEntity } from '../../modules/cases/case-study.entity';
import { OrganisationEntity } from '../../modules/organisations/organisation.entity';
import { RegionEntity } from '../../modules/regions/region.entity';

/**
 * The demo's published collection: the five cases of 曲靖市企业技能人才薪酬分配指引（试行）附件2
 * (/work/shared/seeds/qujing-skill-pay-guidelines-and-cases.txt), summarised in our own words
 * with the seed's figures, as an edition of 曲靖市 (云南省 530000 / 曲靖市 530300). The enterprises
 * are named as the source names them (A企业, B公司 …): imported cases, not registered here.
 */

export const QUJING_BUREAU_NAME = '曲靖市人力资源和社会保障局';
export const QUJING_COLLECTION_TITLE = '2023年第1辑';

interface DemoCase {
  enterprise: Omit<ExternalEnterprise, 'regionCode'>;
  title: string;
  articles: number[];
  background: string;
  measures: string;
  results: CaseResultFigure[];
  resultsNarrative: string;
  editorNote: string;
}

const figure = (
  indicator: string,
  before: number | null,
  after: number | null,
  unit: string,
  period: string,
): CaseResultFigure => ({ indicator, before, after, unit, period });

export const QUJING_CASES: readonly DemoCase[] = [
  {
    enterprise: {
      name: 'A企业',
      industrySection: 'D',
      size: EnterpriseSize.Large,
      ownership: Ownership.StateOwned,
    },
    title: '区间岗级与工分制绩效：让新员工“干多得多”',
    articles: [9, 21, 25, 27],
    background: [
      'A企业是一家供电企业。改革前实行固定岗级，同岗位人员岗位工资没有差别，岗位缺少统一的任职资格标准，局部存在“高岗低能”。',
      '基层供电所的绩效工资与岗位薪点挂钩，新员工受岗级所限，干得再多再好，月度绩效工资也只有四五百元，积极性和稳定性都受影响。',
    ].join('\n'),
    measures: [
      '一是把固定岗级拓宽为区间岗级。用岗位价值评估模型按责任、技能、劳动强度和环境重新归级，例如用工管理专责由固定 19 岗改为 17–20 岗，具体岗级由本人的任职条件决定。',
      '二是制定任职资格标准。从岗位胜任能力、教育背景、工作经验、绩效、水平证书五个维度确定每个岗级的条件，标准“跳一跳、摸得到”，并按“能力+业绩”双向评价动态调整岗级，评价结果直接用于薪酬兑现。',
      '三是推行学习成长型工分制绩效。梳理供电所业务清单，按难易、耗时和能力要求赋予积分；员工按“技能满足、设备主人优先、效率优先、上月积分低者优先”竞标认领任务；绩效工资与岗位薪点完全脱钩，100% 与工作积分挂钩，师傅带徒考评合格后师徒同时加分。',
      '四是做好改革中的服务引导。对因不满足任职资格而降岗的 720 名员工逐人做风险评估和谈心谈话，同时“送评上门”开展技能培训和岗位胜任能力评价，帮助员工重新达标。',
    ].join('\n'),
    results: [figure('新员工月度绩效工资', 495, 1420, '元', '实行工分制前 → 后')],
    resultsNarrative: [
      '实行工分制后，新员工月度绩效工资由平均 495 元提高到 1,420 元，提高约 1.9 倍；直线经理可以分配员工的全部绩效工资，员工由“被动工作”转为主动争取任务、主动取证拜师。',
      '技能水平提升后工作差错率明显下降，试点供电所建成 68 套台区档案，保持了连续 21 年客户零投诉。',
    ].join('\n'),
    editorNote:
      '岗级“区间化”、绩效“工分化”，把技能等级和实际贡献同时引入工资分配，适合岗位多、人员结构复杂的大型企业借鉴。',
  },
  {
    enterprise: {
      name: 'B公司',
      industrySection: 'C',
      size: EnterpriseSize.Large,
      ownership: Ownership.StateOwned,
    },
    title: '技能津贴、带徒津贴与首席技师薪酬：打通技能人才成长通道',
    articles: [6, 13, 31, 32, 33, 38],
    background: [
      'B公司有职业资格人员 5,777 人，占在岗职工的 34.66%，其中高级技师 98 人、技师 454 人、高级工 3,059 人，高级工及以上占生产人员的 49%。',
      '公司需要让技能等级在工资中“看得见”，让高技能人才有与管理岗位相当的上升空间。',
    ].join('\n'),
    measures: [
      '一是完善岗位绩效工资制。岗位工资分 18 个岗序、46 个等级，按责任、技术含量和苦脏累险程度定岗序，另设年功工资体现历史贡献。',
      '二是设立技能津贴：在技能操作岗位工作的高级工每月 100 元、技师 300 元、高级技师 400 元；班组长津贴按班组大小每月 100–500 元。',
      '三是推行师带徒：签订 3–24 个月的师徒协议，师傅每带 1 名徒弟发放带徒津贴 300 元/月。',
      '四是拉开绩效差距：技能人才固定薪酬与浮动薪酬约为 4:6，绩效工资与企业效益、部门考核、个人考核“三级联动”。',
      '五是打造“薪酬特区”：首席技师享受与中层副职相当的待遇，薪酬不低于公司在岗职工平均工资的 2.8 倍；并探索把技能人才纳入科技项目中长期激励。',
    ].join('\n'),
    results: [
      figure('高级技师', null, 98, '人', '现有'),
      figure('技师', null, 454, '人', '现有'),
      figure('高级工', null, 3059, '人', '现有'),
      figure('高级工技能津贴', null, 100, '元/月', '现行标准'),
      figure('技师技能津贴', null, 300, '元/月', '现行标准'),
      figure('高级技师技能津贴', null, 400, '元/月', '现行标准'),
      figure('带徒津贴（每名徒弟）', null, 300, '元/月', '现行标准'),
      figure('首席技师薪酬与在岗职工平均工资之比（不低于）', null, 2.8, '倍', '2019年起'),
    ],
    resultsNarrative:
      '固定与浮动薪酬约 4:6 的结构让收入随业绩浮动，首席技师年薪可达 25 万元以上；2020 年以来 10 名技能人才取得专业技术职称，技能与技术通道实现贯通。',
    editorNote:
      '技能津贴、班组长津贴、带徒津贴各有其功能，不重复体现，是《指引》第三十一至三十三条的完整示范。',
  },
  {
    enterprise: {
      name: 'C集团股份有限公司',
      industrySection: 'C',
      size: EnterpriseSize.Large,
      ownership: Ownership.NonPublic,
    },
    title: '项目奖励与长期激励：以创新价值为导向的技能人才分配',
    articles: [6, 40, 41, 42],
    background:
      'C集团是集药品研发、生产、销售于一体的大型企业，需要把研发和技能人才的创新成果、技术攻关贡献体现到收入中，并留住核心骨干。',
    measures: [
      '一是设立项目奖励：以项目解决技术难题，按交付成果和里程碑验收分阶段发放；另设 CEO 专项奖，奖励重大技术革新和特殊贡献。',
      '二是实行管理、专业双通道，按任职资格标准让技能人才在专业通道晋升。',
      '三是技能大师工作室按其创造的直接经济效益的一定比例提成，用于奖励工作室成员，并为高技能人才提供创新经费。',
      '四是对外部引进的特需人才通过谈判确定目标年薪（协议薪酬），并推出员工持股计划和长期激励计划。',
    ].join('\n'),
    results: [],
    resultsNarrative:
      '项目制、工作室提成和长期激励让技能人才的收入与创新成果、企业长期价值挂钩，形成“共创共享”的激励约束机制。',
    editorNote: '适合研发密集型企业参考；协议薪酬和长期激励的适用范围应限定在关键核心人才。',
  },
  {
    enterprise: {
      name: 'D公司',
      industrySection: 'C',
      size: EnterpriseSize.Large,
      ownership: Ownership.StateOwned,
    },
    title: '新八级技能等级与技能工资：林浆纸企业的职业发展通道',
    articles: [6, 8, 13, 21, 31, 33],
    background: [
      'D公司是林浆纸一体化企业，技能岗位 923 人，占总人数的 68.4%；持技能证书 401 人，其中高级工 139 人、技师 20 人、高级技师 14 人。',
      '改革前技能等级与工资关联不强，一线关键岗位人员流失较多。',
    ].join('\n'),
    measures: [
      '一是建立“纵向设层级、横向搭通道”的新八级技能等级体系，明确技能、管理、技术三类岗位的对应关系；高级技师不超过技能人数的 2%、技师 5%、高级工 10%、中级工 20%，按周期考评。',
      '二是工资由岗位基本工资、岗位绩效工资和其他工资奖励构成，其他工资奖励含技能工资、年功工资、师带徒津贴、培训师奖励等。',
      '三是按取得的技能等级发放技能工资：高级技师（一级）800 元/月、技师（二级）500 元/月、高级工（三级）300 元/月、中级工（四级）100 元/月。',
      '四是实行宽带薪酬，同职级收入相差 10–30%，并按“凡创必奖”设立创新专项奖励。',
    ].join('\n'),
    results: [
      figure('高级技师（一级）技能工资', null, 800, '元/月', '2022年7月起'),
      figure('技师（二级）技能工资', null, 500, '元/月', '2022年7月起'),
      figure('高级工（三级）技能工资', null, 300, '元/月', '2022年7月起'),
      figure('中级工（四级）技能工资', null, 100, '元/月', '2022年7月起'),
      figure('核心技能工资月增加额', null, 82400, '元', '2022年7月起'),
      figure('工资总额年增加额', null, 988800, '元', '2022年7月起'),
      figure('技能人员流失率同比变化', null, -40, '%', '2022年'),
      figure('全员劳动生产率', 34, 48, '万元', '改革前 → 2022年'),
      figure('人均产能', 238, 256, '吨', '2021年 → 2022年'),
    ],
    resultsNarrative:
      '改革后核心技能工资每月增加 82,400 元，全年增加工资总额 988,800 元；技能人员流失率同比降低 40%，全员劳动生产率从 34 万元提高到 48 万元，技能人才平均年收入约 9.94 万元，比改革前提高 4.8%。',
    editorNote: '技能工资标准清楚、增量可测算，是“为能力付酬”落到工资单上的直接做法。',
  },
  {
    enterprise: {
      name: 'F公司某矿',
      industrySection: 'B',
      size: EnterpriseSize.Medium,
      ownership: Ownership.StateOwned,
    },
    title: '四序列职位体系与技能评价工资：动态评聘、能上能下',
    articles: [6, 10, 12, 25, 31],
    background:
      '某矿是制盐企业，也是所属集团技能人才薪酬分配改革的三个试点单位之一。改革前技能人员晋升通道短，不同序列同等职级待遇差距大，技能证书与岗位实际贡献“两张皮”。',
    measures: [
      '一是建立管理、业务、技术、技能四序列职位体系，其中技能序列划为 13 级，各序列最高职级均可享受中层正职待遇，同职级薪酬基本一致、任职年限互认。',
      '二是技能人才分类定级、动态评聘，聘任职数原则上控制在技能人员总数的 5% 以内，定期考核、能上能下。',
      '三是把技能工资分为技能等级工资和技能评价工资：前者按证书等级发放并看岗位关联度，后者每年按技改创效、人才培养、劳动竞赛等打分，排名前 10% 的人员分三个等次按月发放。',
      '四是以“阿米巴”模式核算各分厂内部交易，成本节余可用于分配。',
    ].join('\n'),
    results: [
      figure('技能序列职级', null, 13, '级', '改革后'),
      figure('技能评价工资覆盖（排名前）', null, 10, '%', '每年评定'),
      figure('职工工资同比增幅（预计）', null, 10, '%', '2022年'),
      figure('创新工作室创造经济效益', null, 662.98, '万元', '2022年'),
    ],
    resultsNarrative:
      '2022 年盐硝产量同比增产 3.13 万吨，吨盐硝蒸汽消耗下降，职工工资同比增幅预计 10%；工作室全年解决生产难点 6 项，创造经济效益 662.98 万元。',
    editorNote: '技能评价工资只给排名前 10% 的人员，避免证书“一证定终身”，值得中小企业借鉴其评价办法。',
  },
];

export const QUJING_FOREWORD = [
  '为落实人力资源社会保障部《技能人才薪酬分配指引》（人社厅发〔2021〕7号）和《曲靖市企业技能人才薪酬分配指引（试行）》，我们从试点企业的实践中选编了五个典型案例。',
  '案例涉及职业发展通道、岗位工资、绩效工资、津贴补贴和高技能领军人才薪酬等内容，各附主要做法和可量化的成效，供各类企业结合实际参考借鉴。',
].join('\n');

/**
 * The Qujing regions, the city's bureau (author of the imported cases, no accounts) and its
 * published edition with the five cases. Only what is missing is inserted.
 */
export async function seedDemoCaseCollections(
  manager: EntityManager,
): Promise<{ regions: number; organisations: number; caseCollections: number }> {
  let regions = 0;
  const paths = new Map<string, string>();
  for (const region of QUJING_REGIONS) {
    const path = `${region.parentCode ? paths.get(region.parentCode) : ''}${region.code}/`;
    paths.set(region.code, path);
    const result = await manager
      .createQueryBuilder()
      .insert()
      .into(RegionEntity)
      .values({ ...region, path })
      .orIgnore()
      .execute();
    regions += result.raw.length ?? 0;
  }
  const cityCode = '530300';
  let organisations = 0;
  let bureau = await manager.findOneBy(OrganisationEntity, { name: QUJING_BUREAU_NAME });
  if (!bureau) {
    bureau = await manager.save(
      OrganisationEntity,
      manager.create(OrganisationEntity, {
        name: QUJING_BUREAU_NAME,
        type: OrganisationType.CityBureau,
        regionCode: cityCode,
      }),
    );
    organisations += 1;
  }
  if (await manager.existsBy(CaseCollectionEntity, { regionCode: cityCode })) {
    return { regions, organisations, caseCollections: 0 };
  }
  const now = new Date();
  const collection = await manager.save(
    CaseCollectionEntity,
    manager.create(CaseCollectionEntity, {
      regionCode: cityCode,
      title: QUJING_COLLECTION_TITLE,
      foreword: QUJING_FOREWORD,
      status: CaseCollectionStatus.Published,
      correctsId: null,
      publishedAt: now,
    }),
  );
  for (const [index, demo] of QUJING_CASES.entries()) {
    const caseStudy = await manager.save(
      CaseStudyEntity,
      manager.create(CaseStudyEntity, {
        programmeId: null,
        regionCode: cityCode,
        enterpriseId: null,
        externalEnterprise: { ...demo.enterprise, regionCode: cityCode },
        authorOrganisationId: bureau.id,
        status: CaseStatus.Published,
        currentVersionNo: 1,
        submittedAt: now,
        decidedAt: now,
        publishedAt: now,
      }),
    );
    const version = await manager.save(
      CaseStudyVersionEntity,
      manager.create(CaseStudyVersionEntity, {
        caseId: caseStudy.id,
        versionNo: 1,
        title: demo.title,
        articles: demo.articles,
        background: demo.background,
        measures: demo.measures,
        results: demo.results,
        resultsNarrative: demo.resultsNarrative,
        submittedAt: now,
      }),
    );
    await manager.insert(CaseCollectionEntryEntity, {
      collectionId: collection.id,
      caseId: caseStudy.id,
      caseVersionId: version.id,
      position: index + 1,
      editorNote: demo.editorNote,
    });
  }
  return { regions, organisations, caseCollections: 1 };
}
