import {
  benchmarkReleaseLabel,
  chinaToday,
  TASK_LINK_LABELS,
  TASK_STATUS_LABELS,
  TARGET_GROUP_LABELS,
} from '@skillpay/domain';
import ExcelJS from 'exceljs';
import { type OrganisationEntity } from '../organisations/organisation.entity';
import { type ProgrammeMeasureEntity } from '../programme-structure/programme-measure.entity';
import { type ProgrammePhaseEntity } from '../programme-structure/programme-phase.entity';
import { type ProgrammeEntity } from '../programmes/programme.entity';
import { type ProgrammeTaskUpdateEntity } from '../task-progress/programme-task-update.entity';
import { type ProgrammeTaskEntity } from './programme-task.entity';
import { type TaskProgressView } from './ledger-progress.service';

/** What one caller may see of a programme's ledger. */
export interface LedgerView {
  programme: ProgrammeEntity;
  phases: ProgrammePhaseEntity[];
  measures: ProgrammeMeasureEntity[];
  tasks: ProgrammeTaskEntity[];
  responsibles: Map<string, OrganisationEntity[]>;
  /** latest update per task and organisation, limited to what the caller may read */
  latest: ProgrammeTaskUpdateEntity[];
  /** each task's status and its bureaus' own figures */
  progress: Map<string, TaskProgressView>;
}

/** What a linked task's progress cell says: the link, and the figures it counted. */
function linkedProgress(
  task: ProgrammeTaskEntity,
  view: TaskProgressView,
  names: Map<string, string>,
): string {
  const link = TASK_LINK_LABELS[task.linkedEvent!]['zh-CN'];
  if (view.release) {
    const label = benchmarkReleaseLabel(view.release.year, view.release.releaseNumber);
    return `${link}：${label} 于 ${chinaToday(view.release.publishedAt)} 发布`;
  }
  const figures = [...view.units.entries()]
    .filter(([, figure]) => figure?.counted !== null && figure?.counted !== undefined)
    .map(([id, figure]) => `${names.get(id) ?? ''}：${figure!.counted}/${figure!.of}（${figure!.percent}%）`);
  return [link, ...figures].join('\n');
}

const HEADERS = ['序号', '阶段或举措', '工作任务', '责任单位', '完成时限', '进展情况', '状态'];
const WIDTHS = [6, 18, 34, 30, 12, 46, 10];
const THIN = { style: 'thin' as const };
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };

/**
 * The printable ledger (工作台账): title and document number on top, one row per task grouped by
 * phase or measure, borders and wrapped text, A4 landscape with the header row repeated on every
 * page and page numbers in the footer.
 */
export async function buildLedgerWorkbook(view: LedgerView, today: string = chinaToday()): Promise<Buffer> {
  const { programme } = view;
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'SkillPay Portal';
  const sheet = workbook.addWorksheet('工作台账', {
    pageSetup: {
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      horizontalCentered: true,
      margins: { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
      printTitlesRow: '4:4',
    },
    headerFooter: { oddFooter: '&C第 &P 页，共 &N 页', evenFooter: '&C第 &P 页，共 &N 页' },
    views: [{ state: 'frozen', ySplit: 4 }],
  });
  sheet.columns = WIDTHS.map((width) => ({ width }));

  sheet.mergeCells('A1:G1');
  const title = sheet.getCell('A1');
  title.value = `${programme.title}工作台账`;
  title.font = { bold: true, size: 16 };
  title.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  sheet.getRow(1).height = 30;

  sheet.mergeCells('A2:G2');
  const subtitle = sheet.getCell('A2');
  subtitle.value = [programme.documentNumber, programme.issuingBodies.join('　')]
    .filter(Boolean)
    .join('　　');
  subtitle.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };

  sheet.mergeCells('A3:G3');
  const printed = sheet.getCell('A3');
  printed.value = `导出日期：${today}`;
  printed.alignment = { horizontal: 'right' };

  const header = sheet.getRow(4);
  header.values = HEADERS;
  header.height = 22;
  header.eachCell((cell) => {
    cell.font = { bold: true };
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    cell.border = BORDER;
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEFEFEF' } };
  });

  const groups = [
    ...view.phases.map((phase) => ({
      label: `${phase.name}（${phase.startsOn} 至 ${phase.endsOn}）`,
      tasks: view.tasks.filter((t) => t.phaseId === phase.id),
    })),
    ...view.measures.map((measure) => ({
      label: `${TARGET_GROUP_LABELS[measure.targetGroup]['zh-CN']}：${measure.title}`,
      tasks: view.tasks.filter((t) => t.measureId === measure.id),
    })),
    { label: '其他', tasks: view.tasks.filter((t) => !t.phaseId && !t.measureId) },
  ].filter((group) => group.tasks.length > 0);

  let number = 0;
  for (const group of groups) {
    const first = sheet.rowCount + 1;
    for (const task of group.tasks) {
      number += 1;
      const responsibles = view.responsibles.get(task.id) ?? [];
      const state = view.progress.get(task.id)!;
      const progress = task.linkedEvent
        ? linkedProgress(task, state, new Map(responsibles.map((o) => [o.id, o.name])))
        : view.latest
            .filter((u) => u.taskId === task.id)
            .map((u) => {
              const name = responsibles.find((o) => o.id === u.organisationId)?.name ?? '';
              return `${name}：${u.note}（${u.percent}%）`;
            })
            .join('\n');
      const status = state.overdue ? 'overdue' : state.status;
      const row = sheet.addRow([
        number,
        group.label,
        task.description ? `${task.title}\n${task.description}` : task.title,
        [...responsibles.map((o) => o.name), ...task.textUnits].join('、'),
        task.dueOn ?? '',
        progress,
        TASK_STATUS_LABELS[status]['zh-CN'],
      ]);
      row.eachCell({ includeEmpty: true }, (cell, column) => {
        cell.border = BORDER;
        cell.alignment = {
          vertical: 'top',
          horizontal: column === 1 || column === 5 || column === 7 ? 'center' : 'left',
          wrapText: true,
        };
      });
    }
    const last = sheet.rowCount;
    if (last > first) sheet.mergeCells(first, 2, last, 2);
    sheet.getCell(first, 2).alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
