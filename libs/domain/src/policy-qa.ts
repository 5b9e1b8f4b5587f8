import { type Labels } from './enterprise';
import { ActorRelation, defineWorkflow } from './workflow';

/**
 * 政策问答 (青人社字〔2021〕61号 四(三): 密切跟踪《指引》实施后的舆情动态，对社会关切的热点问题，要加强分析研究、
 * 认真解释、积极回应; 人社部发〔2018〕24号 二(四): 做好宣传解读，回应社会关切): the city bureau publishes the
 * explanations it agreed on as questions and answers, each citing its basis, tagged by topic, on a
 * public page of its city. An edit of the wording is a new version; the earlier ones stay readable.
 */

/** Topics an entry carries: at least one, at most this many. */
export const POLICY_QA_MAX_TOPICS = 5;
export const POLICY_QA_QUESTION_MAX = 200;
export const POLICY_QA_ANSWER_MAX = 5000;
/** Documents (and articles) an answer cites: at least one. */
export const POLICY_QA_MAX_BASIS = 5;

/** A document and, where it applies, the article an answer rests on. */
export interface PolicyBasis {
  /** e.g. 人社厅发〔2021〕7号《技能人才薪酬分配指引》 */
  document: string;
  /** e.g. 第二十八条; null when the whole document is meant */
  article: string | null;
}

/** The documents answers usually cite, offered in the form (any other may be typed). */
export const POLICY_DOCUMENTS: readonly string[] = [
  '人社厅发〔2021〕7号《技能人才薪酬分配指引》',
  '青人社字〔2021〕61号《青岛市技能人才薪酬分配指引试点工作方案》',
  '中办发〔2018〕16号《关于提高技术工人待遇的意见》',
  '人社部发〔2018〕24号',
];

/** `人社厅发〔2021〕7号《技能人才薪酬分配指引》 第三十九条`, the article after a space. */
export function formatBasis(basis: PolicyBasis): string {
  return basis.article ? `${basis.document} ${basis.article}` : basis.document;
}

/**
 * The paragraphs of a plain-text answer: lines separated by line breaks, trimmed, blank ones
 * dropped. Answers are stored and shown as plain text, one paragraph per line; no markup is read.
 */
export function answerParagraphs(answer: string): string[] {
  return answer
    .split(/\r\n|\r|\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

/**
 * The plain-text answer as stored: paragraphs joined by one line break, control characters (other
 * than the line breaks) removed.
 */
export function normaliseAnswer(answer: string): string {
  const printable = [...answer]
    .filter((char) => {
      const code = char.charCodeAt(0);
      return code === 10 || code === 13 || (code >= 32 && code !== 127);
    })
    .join('');
  return answerParagraphs(printable).join('\n');
}

/**
 * The text the search compares: NFKC (full-width ＡＢＣ１２３％ → ABC123%), lower case, and no white
 * space at all, so 技能 津贴 and 技能津贴 read alike and a Chinese phrase broken across a line still matches.
 */
export function normalisePolicySearchText(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/gu, '');
}

/** At most this many search terms are used; the rest of the query is ignored. */
export const POLICY_QA_MAX_SEARCH_TERMS = 5;

/**
 * The terms of a search box's query, each normalised like the text: split at white space (every
 * term must occur: 技能津贴 最低工资 finds answers that speak of both), duplicates and blanks dropped.
 */
export function policySearchTerms(query: string | null | undefined): string[] {
  if (!query) return [];
  const terms = query
    .normalize('NFKC')
    .split(/\s+/u)
    .map(normalisePolicySearchText)
    .filter((term) => term !== '');
  return [...new Set(terms)].slice(0, POLICY_QA_MAX_SEARCH_TERMS);
}

/** The searchable text of a version: its question, answer and cited documents. */
export function policyQaSearchText(entry: {
  question: string;
  answer: string;
  basis: PolicyBasis[];
}): string {
  return normalisePolicySearchText(
    [entry.question, entry.answer, ...entry.basis.map((basis) => formatBasis(basis))].join('\n'),
  );
}

/** One paragraph of a comparison of two versions. */
export interface ParagraphChange {
  kind: 'same' | 'added' | 'removed';
  text: string;
}

/**
 * The paragraphs of `after` compared with `before` (longest common subsequence of paragraphs):
 * unchanged ones `same`, dropped ones `removed` (where they stood), new ones `added`.
 */
export function diffParagraphs(before: string, after: string): ParagraphChange[] {
  const a = answerParagraphs(before);
  const b = answerParagraphs(after);
  const lengths: number[][] = Array.from({ length: a.length + 1 }, () =>
    new Array<number>(b.length + 1).fill(0),
  );
  for (let i = a.length - 1; i >= 0; i -= 1) {
    for (let j = b.length - 1; j >= 0; j -= 1) {
      lengths[i][j] =
        a[i] === b[j] ? lengths[i + 1][j + 1] + 1 : Math.max(lengths[i + 1][j], lengths[i][j + 1]);
    }
  }
  const changes: ParagraphChange[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      changes.push({ kind: 'same', text: a[i] });
      i += 1;
      j += 1;
    } else if (lengths[i + 1][j] >= lengths[i][j + 1]) {
      changes.push({ kind: 'removed', text: a[i] });
      i += 1;
    } else {
      changes.push({ kind: 'added', text: b[j] });
      j += 1;
    }
  }
  for (; i < a.length; i += 1) changes.push({ kind: 'removed', text: a[i] });
  for (; j < b.length; j += 1) changes.push({ kind: 'added', text: b[j] });
  return changes;
}

/**
 * draft → published (a second person of the city bureau: maker-checker, as the benchmark releases
 * and talent lists, so no one puts an explanation before the public alone) → withdrawn (with a
 * reason). A draft or a withdrawn entry is edited (each edit a new version) and published again;
 * a published one is withdrawn first, so every wording the public reads was checked.
 */
export enum PolicyQaStatus {
  Draft = 'draft',
  Published = 'published',
  Withdrawn = 'withdrawn',
}

export enum PolicyQaAction {
  Publish = 'publish',
  Withdraw = 'withdraw',
}

export const POLICY_QA_STATUS_LABELS: Record<PolicyQaStatus, Labels> = {
  [PolicyQaStatus.Draft]: { 'zh-CN': '草稿', en: 'Draft' },
  [PolicyQaStatus.Published]: { 'zh-CN': '已发布', en: 'Published' },
  [PolicyQaStatus.Withdrawn]: { 'zh-CN': '已撤回', en: 'Withdrawn' },
};

export const POLICY_QA_ACTION_LABELS: Record<PolicyQaAction, Labels> = {
  [PolicyQaAction.Publish]: { 'zh-CN': '发布', en: 'Publish' },
  [PolicyQaAction.Withdraw]: { 'zh-CN': '撤回', en: 'Withdraw' },
};

/** States in which the city bureau edits an entry (each edit a new version) or deletes it. */
export const POLICY_QA_EDITABLE_STATES = [PolicyQaStatus.Draft, PolicyQaStatus.Withdrawn] as const;

/** The maker checked by `publish` is the author of the current version (whoever wrote the wording). */
export const POLICY_QA_WORKFLOW = defineWorkflow<PolicyQaStatus, PolicyQaAction>({
  name: 'policy_qa',
  subject: { 'zh-CN': '政策问答', en: 'policy Q&A entry' },
  states: POLICY_QA_STATUS_LABELS,
  editableIn: POLICY_QA_EDITABLE_STATES,
  actions: {
    [PolicyQaAction.Publish]: {
      from: [...POLICY_QA_EDITABLE_STATES],
      to: PolicyQaStatus.Published,
      actor: ActorRelation.CityBureau,
      reasonRequired: false,
      checksMaker: true,
      label: POLICY_QA_ACTION_LABELS[PolicyQaAction.Publish],
    },
    [PolicyQaAction.Withdraw]: {
      from: [PolicyQaStatus.Published],
      to: PolicyQaStatus.Withdrawn,
      actor: ActorRelation.CityBureau,
      reasonRequired: true,
      label: POLICY_QA_ACTION_LABELS[PolicyQaAction.Withdraw],
    },
  },
});
