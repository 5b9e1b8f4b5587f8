import { Injectable } from '@nestjs/common';
import { isOccupationCode, type Language, normaliseOccupationCode } from '@skillpay/domain';
import { type FieldProblem } from '../../common/errors/app.exception';
import {
  createImportTemplate,
  type ImportColumn,
  importInvalid,
  type Labels,
  ImportSheetReader,
  NO,
  parseYesNo,
  rangeValidations,
  rowReporter,
  type UploadedXlsx,
  YES,
} from '../../common/xlsx/xlsx-import';
import { XlsxImportException } from '../../common/xlsx/xlsx-import.exception';
import { UnitOfWork } from '../../database/unit-of-work';
import { AuditService } from '../audit/audit.service';
import { type OccupationEntity } from './occupation.entity';
import {
  OCCUPATION_NAME_EN_MAX,
  OCCUPATION_NAME_MAX,
  type OccupationImportResultDto,
} from './occupations.dto';
import { OccupationException } from './occupations.exception';
import { OccupationsRepository } from './occupations.repository';

/** Upload limits, stated in the template's instructions and enforced on upload. */
export const OCCUPATION_IMPORT_MAX_BYTES = 2 * 1024 * 1024;
/** The whole 2022 catalogue (1,636 occupations) fits in one file. */
export const OCCUPATION_IMPORT_MAX_ROWS = 3000;

export const OCCUPATION_IMPORT_COLUMNS: readonly ImportColumn[] = [
  {
    key: 'code',
    header: { 'zh-CN': '职业编码', en: 'Occupation code' },
    width: 16,
    required: true,
    note: {
      'zh-CN': '《职业分类大典》（2022 年版）编码：大类-中类-小类-细类，如 6-18-01-01',
      en: 'Code of the 2022 occupational classification: major-middle-minor-detail, e.g. 6-18-01-01',
    },
  },
  { key: 'nameZh', header: { 'zh-CN': '职业名称', en: 'Name (Chinese)' }, width: 30, required: true },
  { key: 'nameEn', header: { 'zh-CN': '英文名称', en: 'Name (English)' }, width: 40 },
  {
    key: 'urgentlyNeeded',
    header: { 'zh-CN': '急需紧缺', en: 'Urgently needed' },
    width: 12,
    note: { 'zh-CN': '是 / 否；留空视为否', en: 'Yes / No; blank means No' },
  },
];

const SHEET_NAMES: Labels = { 'zh-CN': '职业目录', en: 'Occupations' };
const INSTRUCTIONS: Labels = { 'zh-CN': '填写说明', en: 'Instructions' };

interface ImportedOccupation {
  row: number;
  code: string;
  nameZh: string;
  /** undefined: blank cell, the current English name stays */
  nameEn: string | undefined;
  /** undefined: the file has no urgency column, the current flags stay */
  urgentlyNeeded: boolean | undefined;
}

@Injectable()
export class OccupationImportService {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly repository: OccupationsRepository,
    private readonly audit: AuditService,
    private readonly sheets: ImportSheetReader,
  ) {}

  /** The xlsx template: instructions, a header row, the 是/否 drop-down, codes kept as text. */
  async template(language: Language): Promise<Buffer> {
    const maxMb = OCCUPATION_IMPORT_MAX_BYTES / 1024 / 1024;
    const lines =
      language === 'zh-CN'
        ? [
            '职业目录导入说明',
            `1. 在“${SHEET_NAMES[language]}”工作表第 2 行起每行填写一个职业，不要修改表头。`,
            `2. 一次最多 ${OCCUPATION_IMPORT_MAX_ROWS} 个职业，文件不超过 ${maxMb} MB，仅支持 xlsx 格式。`,
            '3. 职业编码按《中华人民共和国职业分类大典》（2022 年版）填写“大类-中类-小类-细类”，如 6-18-01-01（车工）。',
            '4. 按职业编码更新：目录中已有的编码更新名称和急需紧缺标记，没有的编码新增；文件中未列出的职业保持不变。',
            '5. 英文名称留空时保留目录中原有的英文名称；急需紧缺填“是”或“否”，留空视为“否”；删除整列则保留原有标记。',
            '6. 全部行校验通过才会导入；有任何错误时不导入任何数据，并逐行逐列列出错误。',
          ]
        : [
            'Importing occupations',
            `1. Fill one occupation per row from row 2 of the sheet "${SHEET_NAMES[language]}"; keep the header row.`,
            `2. At most ${OCCUPATION_IMPORT_MAX_ROWS} occupations per file, at most ${maxMb} MB, xlsx only.`,
            '3. Codes follow the 2022 Occupational Classification of the PRC: major-middle-minor-detail, e.g. 6-18-01-01 (lathe operator).',
            '4. Rows update the catalogue by code: known codes get the new names and urgency flag, new codes are added; occupations not in the file stay as they are.',
            '5. A blank English name keeps the current one; Urgently needed takes Yes or No (blank means No); without that column the current flags stay.',
            '6. Only a file whose rows are all valid is imported; otherwise nothing is stored and every problem is listed by row and column.',
          ];
    const { workbook, sheet } = createImportTemplate({
      language,
      instructionNames: INSTRUCTIONS,
      lines,
      sheetNames: SHEET_NAMES,
      columns: OCCUPATION_IMPORT_COLUMNS,
    });
    // text, so that a spreadsheet never reads a code as a date or a number
    sheet.getColumn(1).numFmt = '@';
    const urgent = sheet.getColumn(
      OCCUPATION_IMPORT_COLUMNS.findIndex((c) => c.key === 'urgentlyNeeded') + 1,
    );
    rangeValidations(sheet).add(`${urgent.letter}2:${urgent.letter}${OCCUPATION_IMPORT_MAX_ROWS + 1}`, {
      type: 'list',
      allowBlank: true,
      formulae: [`"${YES[language]},${NO[language]}"`],
      showErrorMessage: true,
    });
    return Buffer.from(await workbook.xlsx.writeBuffer());
  }

  /** Upserts by code, all rows or none: every problem is reported with its row, column and value. */
  async import(language: Language, file: UploadedXlsx | undefined): Promise<OccupationImportResultDto> {
    const sheet = await this.sheets.read(file, {
      maxBytes: OCCUPATION_IMPORT_MAX_BYTES,
      sheetNames: SHEET_NAMES,
      instructionNames: INSTRUCTIONS,
      columns: OCCUPATION_IMPORT_COLUMNS,
      language,
      empty: OccupationException.invalid('file', 'occupation_import_empty'),
    });
    const { positions, rows } = sheet;
    if (rows.length === 0) throw OccupationException.invalid('file', 'occupation_import_empty');
    if (rows.length > OCCUPATION_IMPORT_MAX_ROWS) {
      throw OccupationException.invalid('file', 'occupation_import_too_many_rows', {
        max: OCCUPATION_IMPORT_MAX_ROWS,
        count: rows.length,
      });
    }

    const hasUrgency = positions.has('urgentlyNeeded');
    const problems: FieldProblem[] = [...sheet.headerProblems];
    const inputs: ImportedOccupation[] = [];
    const firstRowOf = new Map<string, number>();
    for (const { row, cells } of rows) {
      const { report, text } = rowReporter(
        problems,
        sheet,
        { row, cells },
        OCCUPATION_IMPORT_COLUMNS,
        language,
      );

      const before = problems.length;
      const rawCode = cells.get('code') ?? '';
      const code = normaliseOccupationCode(rawCode);
      if (!code) report('code', 'validation.isNotEmpty');
      else if (!isOccupationCode(code)) report('code', 'validation.isOccupationCode');
      else {
        const other = firstRowOf.get(code);
        if (other === undefined) firstRowOf.set(code, row);
        else {
          report(
            'code',
            XlsxImportException.fieldProblem('code', 'import_duplicate_in_file', { otherRow: other }),
          );
        }
      }
      const nameZh = text('nameZh', OCCUPATION_NAME_MAX, true);
      const nameEn = text('nameEn', OCCUPATION_NAME_EN_MAX);
      let urgentlyNeeded: boolean | undefined;
      if (hasUrgency) {
        const value = cells.get('urgentlyNeeded') ?? '';
        urgentlyNeeded = parseYesNo(value);
        if (urgentlyNeeded === undefined) {
          report(
            'urgentlyNeeded',
            XlsxImportException.fieldProblem('urgentlyNeeded', 'import_value_invalid', { value }),
          );
        }
      }
      if (problems.length === before) inputs.push({ row, code, nameZh: nameZh!, nameEn, urgentlyNeeded });
    }

    if (problems.length > 0) throw importInvalid(problems, OCCUPATION_IMPORT_COLUMNS);

    return this.unitOfWork.run(async (tx) => {
      const existing = new Map(
        (
          await this.repository.findAnyByCodes(
            inputs.map((input) => input.code),
            tx,
          )
        ).map((o) => [o.code, o]),
      );
      const created: string[] = [];
      const updated: string[] = [];
      const writes: Array<Partial<OccupationEntity>> = [];
      const now = new Date();
      for (const input of inputs) {
        const current = existing.get(input.code);
        const next = {
          code: input.code,
          nameZh: input.nameZh,
          nameEn: input.nameEn ?? current?.nameEn ?? null,
          urgentlyNeeded: input.urgentlyNeeded ?? current?.urgentlyNeeded ?? false,
        };
        if (!current || current.deletedAt) created.push(input.code);
        else if (
          current.nameZh !== next.nameZh ||
          current.nameEn !== next.nameEn ||
          current.urgentlyNeeded !== next.urgentlyNeeded
        ) {
          updated.push(input.code);
        } else continue;
        writes.push({ ...next, deletedAt: null, updatedAt: now });
      }
      await this.repository.upsert(writes, tx);
      const unchanged = inputs.length - created.length - updated.length;
      await this.audit.record(
        {
          action: 'occupation.import',
          entityType: 'occupation',
          after: { file: file!.originalname, created, updated, unchanged },
        },
        tx,
      );
      return { created: created.length, updated: updated.length, unchanged };
    });
  }
}

/** The name of the template file in the caller's language. */
export function occupationTemplateFileName(language: Language): string {
  return language === 'en' ? 'occupation-import-template.xlsx' : '职业目录导入模板.xlsx';
}
