import {
  GuidelineChapter,
  OPINION_NOTE_WORKFLOW,
  ProgrammeMeasureTopic,
  OpinionNoteAction,
  OpinionNoteStatus,
  OpinionResponseChannel,
  OpinionSentiment,
  OpinionSource,
  type PolicyTopic,
} from '@skillpay/domain';
import { type EntityManager } from 'typeorm';
import { OpinionNoteEntity } from '../../modules/opinion-notes/opinion-note.entity';
import { DEMO_PROGRAMME } from './demo-programme';

/**
 * Demo public-opinion notes (舆情) of the demo programme (Qingdao 四(三)): a 12333 call on whether
 * the skill allowance counts toward the minimum wage, an online post worried that the published
 * wage benchmarks disclose a company's pay, a symposium remark on grade quotas, a press report on a
 * pilot, a petition the city assigned to 黄岛区, an HR question in a WeChat group — in every state
 * and over the last months. Each summary says 示例数据. Inserted once: nothing when notes exist.
 */

function shift(day: string, offset: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + offset);
  return date.toISOString().slice(0, 10);
}

/** Noon China time of a day, for the timestamps of the demo's steps. */
const at = (day: string) => new Date(`${day}T04:00:00Z`);

interface Bureau {
  id: string;
  user: string;
}

interface DemoNote {
  recorder: 'city' | 'huangdao' | 'laoshan';
  responsible?: 'huangdao';
  source: OpinionSource;
  sourceDetail?: string;
  daysAgo: number;
  summary: string;
  topics: PolicyTopic[];
  sentiment: OpinionSentiment;
  heat: number;
  status: OpinionNoteStatus;
  explanation?: string;
  response?: { text: string; daysAgo: number; channel: OpinionResponseChannel };
}

const NOTES: DemoNote[] = [
  {
    recorder: 'huangdao',
    source: OpinionSource.Hotline,
    daysAgo: 70,
    summary: '12333 来电：企业新设的技能津贴能否计入最低工资？来电人担心企业借此压低基本工资。（示例数据）',
    topics: [GuidelineChapter.Allowances],
    sentiment: OpinionSentiment.Neutral,
    heat: 3,
    status: OpinionNoteStatus.Closed,
    explanation:
      '技能津贴属于工资组成部分；按《最低工资规定》，最低工资不包括加班工资及中班、夜班、高温、低温、井下、有毒有害等特殊工作环境下的津贴。企业不得以技能津贴替代基本工资。',
    response: {
      text: '已由 12333 回访来电人，说明技能津贴与最低工资的关系，并提示可向劳动保障监察机构反映具体企业。',
      daysAgo: 66,
      channel: OpinionResponseChannel.HotlineReply,
    },
  },
  {
    recorder: 'city',
    source: OpinionSource.Online,
    daysAgo: 40,
    summary: '网民发帖担心“工资价位发布”会公开具体企业的薪酬水平，影响企业招聘和竞争。（示例数据）',
    topics: [ProgrammeMeasureTopic.WageBenchmarks, ProgrammeMeasureTopic.PayDataCollection],
    sentiment: OpinionSentiment.Negative,
    heat: 4,
    status: OpinionNoteStatus.Responded,
    explanation:
      '工资价位按职业、技能等级汇总发布，样本企业少于规定数或单一企业占比过高的单元不予公布，不公开任何企业或个人的工资数据。',
    response: {
      text: '在市人社局网站发布政策解读《工资价位如何保护企业薪酬信息》，说明汇总口径和隐去规则。',
      daysAgo: 35,
      channel: OpinionResponseChannel.PolicyInterpretation,
    },
  },
  {
    recorder: 'laoshan',
    source: OpinionSource.Symposium,
    daysAgo: 6,
    summary:
      '企业座谈会上，人力资源负责人提出高级技师 2% 的比例限制偏紧，希望明确“中间择优”的比例由企业自定。（示例数据）',
    topics: [GuidelineChapter.CareerChannel, GuidelineChapter.HighSkillLeaders],
    sentiment: OpinionSentiment.Neutral,
    heat: 2,
    status: OpinionNoteStatus.Responding,
    explanation:
      '《指引》提出“两头放开、中间择优”，案例中的等级比例仅作参考，具体比例由企业结合岗位需要通过民主程序确定。',
  },
  {
    recorder: 'city',
    source: OpinionSource.Media,
    daysAgo: 95,
    summary: '青岛日报报道试点企业实施技能等级工资后高级工月收入提高约 300 元。（示例数据）',
    topics: [ProgrammeMeasureTopic.PilotEnterprises, GuidelineChapter.PostPay],
    sentiment: OpinionSentiment.Positive,
    heat: 2,
    status: OpinionNoteStatus.Closed,
    explanation: '正面宣传，转发报道并在宣讲会上引用。',
    response: {
      text: '市人社局公众号转发报道，并在示范班上作为案例介绍。',
      daysAgo: 92,
      channel: OpinionResponseChannel.PressRelease,
    },
  },
  {
    recorder: 'city',
    responsible: 'huangdao',
    source: OpinionSource.Petition,
    daysAgo: 3,
    summary: '职工来信反映所在试点企业公布技能津贴方案后迟迟未兑现，要求说明原因。（示例数据）',
    topics: [ProgrammeMeasureTopic.PilotEnterprises, GuidelineChapter.Allowances],
    sentiment: OpinionSentiment.Negative,
    heat: 3,
    status: OpinionNoteStatus.Monitoring,
  },
  {
    recorder: 'laoshan',
    source: OpinionSource.Other,
    sourceDetail: '企业人力资源工作群',
    daysAgo: 20,
    summary: '企业人力资源工作群里询问绩效工资按点数分配时，辅助岗位如何折算点数。（示例数据）',
    topics: [GuidelineChapter.PerformancePay, ProgrammeMeasureTopic.EnterpriseGuidance],
    sentiment: OpinionSentiment.Neutral,
    heat: 1,
    status: OpinionNoteStatus.Monitoring,
  },
];

/** The steps that lead from monitoring to a status, each dated between the note and its response. */
function stepsTo(status: OpinionNoteStatus): OpinionNoteAction[] {
  switch (status) {
    case OpinionNoteStatus.Monitoring:
      return [];
    case OpinionNoteStatus.Responding:
      return [OpinionNoteAction.Take];
    case OpinionNoteStatus.Responded:
      return [OpinionNoteAction.Take, OpinionNoteAction.Respond];
    case OpinionNoteStatus.Closed:
      return [OpinionNoteAction.Take, OpinionNoteAction.Respond, OpinionNoteAction.Close];
  }
}

/** Returns how many notes it created (0 when notes exist, or without the demo programme and bureaus). */
export async function seedDemoOpinionNotes(manager: EntityManager, today: string): Promise<number> {
  if (await manager.exists(OpinionNoteEntity)) return 0;
  const [programme] = await manager.query<Array<{ id: string }>>(
    `SELECT id FROM programme WHERE document_number = $1 AND region_code = $2 AND deleted_at IS NULL
     ORDER BY year DESC LIMIT 1`,
    [DEMO_PROGRAMME.documentNumber, DEMO_PROGRAMME.regionCode],
  );
  if (!programme) return 0;
  const bureau = async (type: string, regionCode: string): Promise<Bureau | null> => {
    const [row] = await manager.query<Array<{ id: string; user: string | null }>>(
      `SELECT o.id, (SELECT u.id FROM app_user u WHERE u.organisation_id = o.id ORDER BY u.username LIMIT 1) AS user
       FROM organisation o WHERE o.type = $1 AND o.region_code = $2 AND o.deleted_at IS NULL
       ORDER BY o.created_at LIMIT 1`,
      [type, regionCode],
    );
    return row?.user ? { id: row.id, user: row.user } : null;
  };
  const bureaus = {
    city: await bureau('city_bureau', '370200'),
    huangdao: await bureau('district_bureau', '370211'),
    laoshan: await bureau('district_bureau', '370212'),
  };
  if (!bureaus.city || !bureaus.huangdao || !bureaus.laoshan) return 0;

  for (const spec of NOTES) {
    const recorder = bureaus[spec.recorder]!;
    const responsible = bureaus[spec.responsible ?? spec.recorder]!;
    const notedOn = shift(today, -spec.daysAgo);
    const respondedOn = spec.response ? shift(today, -spec.response.daysAgo) : null;
    const saved = await manager.save(
      OpinionNoteEntity,
      manager.create(OpinionNoteEntity, {
        programmeId: programme.id,
        source: spec.source,
        sourceDetail: spec.sourceDetail ?? null,
        notedOn,
        summary: spec.summary,
        topics: spec.topics,
        sentiment: spec.sentiment,
        heat: spec.heat,
        status: spec.status,
        recorderOrganisationId: recorder.id,
        responsibleOrganisationId: responsible.id,
        createdBy: recorder.user,
        explanation: spec.explanation ?? null,
        response: spec.response?.text ?? null,
        respondedOn,
        responseChannel: spec.response?.channel ?? null,
        closedAt: spec.status === OpinionNoteStatus.Closed && respondedOn ? at(shift(respondedOn, 1)) : null,
      }),
    );
    await manager.query(`UPDATE opinion_note SET created_at = $2 WHERE id = $1`, [saved.id, at(notedOn)]);
    let state: string = OpinionNoteStatus.Monitoring;
    for (const action of stepsTo(spec.status)) {
      // take the day after the note, respond on the response day, close the day after
      const day =
        action === OpinionNoteAction.Take
          ? shift(notedOn, 1)
          : action === OpinionNoteAction.Respond
            ? respondedOn!
            : shift(respondedOn!, 1);
      const to = OPINION_NOTE_WORKFLOW.actions[action].to;
      await manager.query(
        `INSERT INTO workflow_transition (workflow, subject_id, action, from_state, to_state, actor_id, actor_organisation_id, reason, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
        [
          OPINION_NOTE_WORKFLOW.name,
          saved.id,
          action,
          state,
          to,
          responsible.user,
          responsible.id,
          null,
          at(day),
        ],
      );
      state = to;
    }
  }
  return NOTES.length;
}
