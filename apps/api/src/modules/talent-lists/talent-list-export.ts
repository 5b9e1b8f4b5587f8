import {
  formatChinaTime,
  GENDER_LABELS,
  PAY_TREATMENT_LABELS,
  SKILL_LEVEL_LABELS,
  TALENT_AGE_BANDS,
  TALENT_LIST_AUDIENCE_LABELS,
  TALENT_ROLE_LABELS,
  TalentListAudience,
} from '@skillpay/domain';
import {
  buildDocumentWorkbook,
  type DocumentColumn,
  type DocumentCell,
} from '../../common/xlsx/document-workbook';
import { type DepartmentTalentListEntryDto, type PublicTalentListEntryDto } from './talent-lists.dto';

export const XLSX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

function honoursText(entry: PublicTalentListEntryDto): string {
  return entry.honours.map((honour) => `${honour.nameZh}（${honour.year}年）`).join('；');
}

const PUBLIC_COLUMNS: Array<
  DocumentColumn & { value: (entry: DepartmentTalentListEntryDto) => DocumentCell }
> = [
  { header: '序号', kind: 'integer', width: 6, value: (entry) => entry.position },
  { header: '姓名', kind: 'text', width: 10, value: (entry) => entry.name },
  { header: '工作单位', kind: 'text', width: 28, value: (entry) => entry.enterpriseName },
  { header: '职业（工种）', kind: 'text', width: 16, value: (entry) => entry.occupationName },
  {
    header: '技能等级',
    kind: 'text',
    width: 14,
    value: (entry) => SKILL_LEVEL_LABELS[entry.skillLevel]['zh-CN'],
  },
  { header: '荣誉称号（年份）', kind: 'text', width: 40, value: honoursText },
];

const DEPARTMENT_COLUMNS: typeof PUBLIC_COLUMNS = [
  ...PUBLIC_COLUMNS.slice(0, 2),
  { header: '性别', kind: 'text', width: 6, value: (entry) => GENDER_LABELS[entry.gender]['zh-CN'] },
  { header: '出生年份', kind: 'integer', width: 9, value: (entry) => entry.birthYear },
  {
    header: '年龄段',
    kind: 'text',
    width: 11,
    value: (entry) => TALENT_AGE_BANDS.find((band) => band.key === entry.ageBand)?.label['zh-CN'] ?? '',
  },
  { header: '所在区（市）', kind: 'text', width: 12, value: (entry) => entry.regionName },
  ...PUBLIC_COLUMNS.slice(2),
  {
    header: '担任职务',
    kind: 'text',
    width: 24,
    value: (entry) => entry.roles.map((role) => TALENT_ROLE_LABELS[role]['zh-CN']).join('；'),
  },
  {
    header: '薪酬待遇（不含金额）',
    kind: 'text',
    width: 24,
    value: (entry) =>
      entry.payTreatments.map((treatment) => PAY_TREATMENT_LABELS[treatment]['zh-CN']).join('；'),
  },
  {
    header: '最近确认日期',
    kind: 'text',
    width: 12,
    value: (entry) => (entry.lastConfirmedAt ? formatChinaTime(entry.lastConfirmedAt).slice(0, 10) : ''),
  },
  { header: '同意公开姓名', kind: 'text', width: 8, value: (entry) => (entry.publicConsent ? '是' : '否') },
];

/**
 * An edition as a printable xlsx: the title (e.g. 青岛市高技能领军人才名录（2026年第1版）), the
 * audience and publication date, the table with its header repeated on every page, and the basis.
 * The public edition names a talent without consent 某某 (the rows arrive so).
 */
export function buildTalentListWorkbook(
  edition: { title: string; publishedAt: Date | null; snapshotAt: Date },
  audience: TalentListAudience,
  entries: DepartmentTalentListEntryDto[] | PublicTalentListEntryDto[],
): Promise<Buffer> {
  const columns = audience === TalentListAudience.Public ? PUBLIC_COLUMNS : DEPARTMENT_COLUMNS;
  const audienceLabel = TALENT_LIST_AUDIENCE_LABELS[audience]['zh-CN'];
  return buildDocumentWorkbook(
    [
      {
        name: audienceLabel,
        title: edition.title,
        subtitle: [
          audienceLabel,
          edition.publishedAt
            ? `发布日期：${formatChinaTime(edition.publishedAt).slice(0, 10)}`
            : `待发布稿（名单截至 ${formatChinaTime(edition.snapshotAt)}）`,
        ],
        inputs: [],
        table: {
          columns: columns.map(({ header, kind, width }) => ({ header, kind, width })),
          rows: (entries as DepartmentTalentListEntryDto[]).map((entry) =>
            columns.map((column) => column.value(entry)),
          ),
        },
        results: [{ label: '入库人才', value: entries.length, kind: 'people' }],
        notes:
          audience === TalentListAudience.Public
            ? ['未同意公开姓名的人才以“某某”列示。']
            : ['本版供有关部门工作使用，不含身份证号码及薪酬金额，请勿对外公开。'],
        method:
          '名录为发布时市人力资源社会保障部门确认入库（未删除）的高技能领军人才，按所在区（市）、工作单位、姓名排列；发布后名录不再变动，人才信息此后的变更在下一版体现。',
        basis: [
          '《关于提高技术工人待遇的意见》（中办发〔2018〕16号）三：建立高技能领军人才库，向有关部门和社会公开。',
          '《技能人才薪酬分配指引》（人社厅发〔2021〕7号）第三十八条：高技能领军人才的认定依据。',
        ],
      },
    ],
    'zh-CN',
  );
}
