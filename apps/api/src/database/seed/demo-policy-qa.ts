import {
  GuidelineChapter,
  normaliseAnswer,
  type PolicyBasis,
  PolicyQaStatus,
  policyQaSearchText,
  type PolicyTopic,
  ProgrammeMeasureTopic,
  Role,
} from '@skillpay/domain';
import { type EntityManager } from 'typeorm';
import { type AuditValues, insertAuditRecord } from '../../modules/audit/audit.repository';
import { type WorkflowAuditAction } from '../../modules/audit/audit.service';

const CITY_CODE = '370200';
const GUIDELINE = '人社厅发〔2021〕7号《技能人才薪酬分配指引》';
const WORK_PLAN = '青人社字〔2021〕61号《青岛市技能人才薪酬分配指引试点工作方案》';
/** the demo's mark, as the other demo texts carry it */
const DEMO_MARK = '（示例数据）';

interface DemoWording {
  question: string;
  answer: string;
  basis: PolicyBasis[];
  topics: PolicyTopic[];
}

interface DemoEntry extends DemoWording {
  /** published on this day (China), or a draft */
  publishedOn: string | null;
  /** a later wording: the entry was withdrawn, edited and published again on `on` */
  revision?: { answer: string; on: string; reason: string };
}

/**
 * The hot questions Qingdao's bureau answered after the guideline was issued (青人社字〔2021〕61号
 * 四(三)), drawn from the texts they rest on. The answer of 首席技师年薪制 was edited once (two
 * versions); the last one is still a draft.
 */
export const DEMO_POLICY_QA: readonly DemoEntry[] = [
  {
    question: '技能津贴与最低工资是什么关系？能否用技能津贴“凑”最低工资？',
    answer: [
      '技能津贴是企业对取得高级工、技师、高级技师等级并在技能操作岗位工作的职工发放的津贴，用以鼓励职工学技术、长本领（《指引》第三十一条）。',
      '判断工资是否达到当地最低工资标准时，应剔除延长工作时间的工资，中班、夜班、高温、低温、井下、有毒有害等特殊工作环境条件下的津贴，以及法定福利待遇。技能津贴不在剔除之列，但企业不宜以设置技能津贴代替提高基本工资。',
      '建议企业使基础工资本身不低于当地最低工资标准，让技能津贴真正体现技能价值、拉开不同技能等级之间的收入差距。',
    ].join('\n'),
    basis: [
      { document: GUIDELINE, article: '第三十一条' },
      { document: '《最低工资规定》（劳动和社会保障部令第21号）', article: '第十二条' },
    ],
    topics: [GuidelineChapter.Allowances],
    publishedOn: '2026-09-08',
  },
  {
    question: '企业是否必须建立“八级工”职业技能等级制度？',
    answer: [
      '不是必须。《指引》是指导性、参考性的，而非强制性的，企业可参考《指引》提供的思路和方法，结合实际依法建立和完善符合自身特点的内部分配制度。',
      '“新八级工”（学徒工、初级工、中级工、高级工、技师、高级技师、特级技师、首席技师）是职业发展通道纵向层级的一种设置方式。纵向层级的具体数量可根据企业发展战略、主体业务和职工队伍状况调整。',
      '试点企业可在区市人社部门“一企一策”指导下，先确定横向技能序列和纵向层级，再与管理、专业技术通道对照。',
    ].join('\n'),
    basis: [
      { document: WORK_PLAN, article: '二（一）' },
      { document: GUIDELINE, article: '第五条、第六条' },
    ],
    topics: [GuidelineChapter.CareerChannel, ProgrammeMeasureTopic.PilotEnterprises],
    publishedOn: '2026-09-08',
  },
  {
    question: '发布工资价位会不会公开单个企业或个人的工资？',
    answer: [
      '不会。工资价位按职业（工种）和技能等级汇总发布，公布的是分位值（如 P10、P50、P90）等统计结果，不公布任何单个企业或职工的工资。',
      '样本企业家数不足，或某一家企业在单元格中人数占比过高的，该单元格不予公布，防止从汇总结果反推出个别企业的工资水平。',
      '企业报送的原始数据只用于统计汇总，人社部门工作人员查看的是报送情况和审核结果，不查看逐人明细。',
    ].join('\n'),
    basis: [{ document: WORK_PLAN, article: '二（二）' }],
    topics: [ProgrammeMeasureTopic.WageBenchmarks, ProgrammeMeasureTopic.PayDataCollection],
    publishedOn: '2026-09-22',
  },
  {
    question: '首席技师等高技能领军人才可否实行年薪制？',
    answer: [
      '可以。《指引》明确高技能领军人才可探索实行年薪制。',
      '年薪由基本年薪和绩效年薪构成。',
      '企业应建立与之相应的业绩考核办法，考核结果与薪酬挂钩。',
    ].join('\n'),
    basis: [{ document: GUIDELINE, article: '第三十九条' }],
    topics: [GuidelineChapter.HighSkillLeaders, ProgrammeMeasureTopic.HighSkillTalents],
    publishedOn: '2026-10-09',
    revision: {
      answer: [
        '可以。《指引》明确高技能领军人才可探索实行年薪制，首席技师等具有稀缺性、贡献价值度高的人员可纳入年薪制适用范围。',
        '年薪一般由基本年薪和绩效年薪构成：基本年薪占比相对较小、按月发放，绩效年薪占比相对较大、按年发放，体现业绩导向。',
        '企业应建立体现短期和长期贡献的业绩考核办法，如将关键任务攻关、技能人才队伍培养等作为年度或任期考核目标，做到业绩升、薪酬升，业绩降、薪酬降。',
        '面向社会公开招聘、实行市场化管理的高技能领军人才，也可实行协议薪酬制，按任期聘任并签订《绩效目标责任书》（《指引》第四十条）。',
      ].join('\n'),
      on: '2026-11-03',
      reason: '补充基本年薪与绩效年薪的发放方式及协议薪酬制',
    },
  },
  {
    question: '一岗多薪（宽带薪酬）的档次怎么定？职工每年能升几档？',
    answer: [
      '一岗多薪是在每个岗位等级内设置多个工资档次，体现同岗级人员在能力、资历和业绩贡献上的差别（《指引》第二十条）。',
      '新入岗人员一般按任职资格和工作经验确定起始档次；岗内各档之间宜采用等差排列，档差小于岗级之间的差距。',
      '年度调档可与考核结果挂钩：考核合格的晋升一档，少数优秀的晋升两档，特别突出的可多晋档，考核不合格的不晋档或降档。',
    ].join('\n'),
    basis: [{ document: GUIDELINE, article: '第二十条' }],
    topics: [GuidelineChapter.PostPay],
    publishedOn: '2026-10-20',
  },
  {
    question: '中小企业参加试点，是否要一步建立完整的薪酬体系？',
    answer: [
      '不需要。对中小企业可以从引入分配理念入手，避免制度过于繁琐；对大型企业可以在高技能领军人才中长期激励方面有所突破。',
      '区市人社部门将深入企业“一企一策”精准指导，帮助企业从最急需解决的问题做起，例如先设置技能津贴、明确技能等级与岗位工资的对应关系。',
    ].join('\n'),
    basis: [{ document: WORK_PLAN, article: '四（二）' }],
    topics: [ProgrammeMeasureTopic.PilotEnterprises, ProgrammeMeasureTopic.EnterpriseGuidance],
    publishedOn: '2026-10-20',
  },
  {
    question: '岗位评价已经考虑了技能要素，还需要另设技能津贴吗？',
    answer: [
      '津贴设置应坚持不重复体现的原则。夜班、作业环境、技能、班组长、师带徒等津贴，如在岗位评价要素或职级成长通道任职资格条件中已有充分体现，就不再单独设置（《指引》第三十四条）。',
      '如果岗位评价只体现了岗位本身的技能要求，而没有体现职工个人取得的技能等级，企业仍可对取得高级工、技师、高级技师的职工设置技能津贴。',
    ].join('\n'),
    basis: [
      { document: GUIDELINE, article: '第三十四条' },
      { document: GUIDELINE, article: '第十七条至第十九条' },
    ],
    topics: [GuidelineChapter.Allowances, GuidelineChapter.PostEvaluation],
    publishedOn: '2026-11-10',
  },
  {
    question: '试点企业报送职工薪酬数据，需要提供职工身份证号吗？',
    answer: [
      '不需要。企业以职工在本企业的内部编号报送薪酬数据，系统不采集姓名、身份证号等个人身份信息。',
      '报送的数据只用于统计汇总和工资价位测算，不对外提供逐人明细。',
    ].join('\n'),
    basis: [{ document: WORK_PLAN, article: '二（二）' }],
    topics: [ProgrammeMeasureTopic.PayDataCollection],
    publishedOn: null,
  },
];

/** 09:30 China time of a day. */
function at(day: string): Date {
  return new Date(`${day}T01:30:00Z`);
}

function withMark(answer: string): string {
  return normaliseAnswer(`${answer}\n${DEMO_MARK}`);
}

/**
 * Qingdao's demo entries: qd-city writes them, qd-city-checker (the second person) publishes them.
 * Nothing when the city has entries already or the two accounts are missing. Returns the entries created.
 */
export async function seedDemoPolicyQa(manager: EntityManager): Promise<number> {
  const [{ count }] = await manager.query(
    `SELECT COUNT(*)::int AS count FROM policy_qa WHERE region_code = $1`,
    [CITY_CODE],
  );
  if (count > 0) return 0;
  const users = new Map<string, string>(
    (
      await manager.query(
        `SELECT username, id FROM app_user WHERE username IN ('qd-city', 'qd-city-checker')`,
      )
    ).map((row: { username: string; id: string }) => [row.username, row.id]),
  );
  const maker = users.get('qd-city');
  const checker = users.get('qd-city-checker');
  if (!maker || !checker) return 0;
  const audit = (action: AuditValues['action'], username: string, entityId: string, after: object) =>
    insertAuditRecord(manager, {
      actorId: users.get(username)!,
      actorUsername: username,
      actorRole: Role.CityBureau,
      ip: null,
      requestId: null,
      action,
      entityType: 'policy_qa',
      entityId,
      outcome: 'success',
      before: null,
      after: after as Record<string, unknown>,
    });

  for (const entry of DEMO_POLICY_QA) {
    const written = at(entry.publishedOn ? shift(entry.publishedOn, -3) : '2026-11-24');
    const [{ id }] = await manager.query(
      `INSERT INTO policy_qa (region_code, status, created_by, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $4) RETURNING id`,
      [CITY_CODE, PolicyQaStatus.Draft, maker, written],
    );
    const versions: Array<{ wording: DemoWording; on: Date }> = [
      { wording: { ...entry, answer: withMark(entry.answer) }, on: written },
    ];
    if (entry.revision) {
      versions.push({
        wording: { ...entry, answer: withMark(entry.revision.answer) },
        on: at(entry.revision.on),
      });
    }
    let current = '';
    for (const [index, { wording, on }] of versions.entries()) {
      const [version] = await manager.query(
        `INSERT INTO policy_qa_version (qa_id, number, question, answer, basis, topics, search_text, created_by, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
        [
          id,
          index + 1,
          wording.question,
          wording.answer,
          JSON.stringify(wording.basis),
          wording.topics,
          policyQaSearchText(wording),
          maker,
          on,
        ],
      );
      current = version.id;
    }
    const published = entry.publishedOn ? at(entry.publishedOn) : null;
    const republished = entry.revision ? at(shift(entry.revision.on, 1)) : published;
    await manager.query(
      `UPDATE policy_qa SET current_version_id = $2, status = $3, first_published_at = $4,
              published_at = $5, published_by = $6, version = $7
       WHERE id = $1`,
      [
        id,
        current,
        published ? PolicyQaStatus.Published : PolicyQaStatus.Draft,
        published,
        republished,
        published ? checker : null,
        // one raise per change: the publication, and withdraw + edit + publish for a revision
        1 + (published ? 1 : 0) + (entry.revision ? 3 : 0),
      ],
    );
    await audit('policy_qa.create', 'qd-city', id, {
      versionNumber: 1,
      question: entry.question,
      topics: entry.topics,
    });
    if (published) {
      await audit('policy_qa.publish' as WorkflowAuditAction, 'qd-city-checker', id, {
        versionNumber: 1,
        makerId: maker,
      });
    }
    if (entry.revision) {
      await audit('policy_qa.withdraw' as WorkflowAuditAction, 'qd-city', id, {
        reason: entry.revision.reason,
      });
      await audit('policy_qa.update', 'qd-city', id, { versionNumber: 2, changed: ['answer'] });
      await audit('policy_qa.publish' as WorkflowAuditAction, 'qd-city-checker', id, {
        versionNumber: 2,
        makerId: maker,
      });
    }
  }
  return DEMO_POLICY_QA.length;
}

function shift(day: string, offset: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + offset);
  return date.toISOString().slice(0, 10);
}
