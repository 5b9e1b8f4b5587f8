import { Injectable } from '@nestjs/common';
import {
  EnterpriseSize,
  ENTERPRISE_SIZE_LABELS,
  INDUSTRY_SECTIONS,
  INDUSTRY_SECTION_CODES,
  type IndustrySection,
  type Language,
  normaliseCreditCode,
  Ownership,
  OWNERSHIP_LABELS,
  PRIORITY_CATEGORY_LABELS,
  PriorityCategory,
  SKILL_LEVEL_LABELS,
  SkillLevel,
} from '@skillpay/domain';
import { AccessService } from '../../common/access/access.service';
import { type Caller } from '../../common/auth/caller';
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
import { OrganisationException } from '../organisations/organisations.exception';
import { type RegionEntity } from '../regions/region.entity';
import { RegionsRepository } from '../regions/regions.repository';
import { type CreateEnterpriseDto, type EnterpriseImportResultDto } from './enterprises.dto';
import { EnterpriseException } from './enterprises.exception';
import { EnterprisesRepository } from './enterprises.repository';
import { checkEnterpriseRegion, creditCodeProblem, EnterprisesService } from './enterprises.service';

/** Upload limits, stated in the template's instructions and enforced on upload. */
export const IMPORT_MAX_BYTES = 2 * 1024 * 1024;
export const IMPORT_MAX_ROWS = 1000;

export const IMPORT_COLUMNS: readonly ImportColumn[] = [
  {
    key: 'creditCode',
    header: { 'zh-CN': '统一社会信用代码', en: 'Credit code' },
    width: 24,
    required: true,
    note: { 'zh-CN': '18 位，含校验位', en: '18 characters incl. the check character' },
  },
  { key: 'name', header: { 'zh-CN': '企业名称', en: 'Enterprise name' }, width: 32, required: true },
  {
    key: 'regionCode',
    header: { 'zh-CN': '所在区（市）', en: 'Region' },
    width: 18,
    required: true,
    note: {
      'zh-CN': '从下拉列表选择；市直企业选择本市',
      en: 'Pick from the list; city-direct enterprises take the city itself',
    },
  },
  { key: 'industrySection', header: { 'zh-CN': '行业门类', en: 'Industry' }, width: 30, required: true },
  { key: 'ownership', header: { 'zh-CN': '所有制', en: 'Ownership' }, width: 12, required: true },
  { key: 'size', header: { 'zh-CN': '企业规模', en: 'Size' }, width: 12, required: true },
  { key: 'headcount', header: { 'zh-CN': '职工人数', en: 'Headcount' }, width: 10 },
  ...Object.values(SkillLevel).map((level) => ({
    key: `skilledHeadcount.${level}`,
    header: {
      'zh-CN': `${SKILL_LEVEL_LABELS[level]['zh-CN']}人数`,
      en: `${SKILL_LEVEL_LABELS[level].en} (headcount)`,
    },
    width: 12,
  })),
  ...Object.values(PriorityCategory).map((category) => ({
    key: `priorityCategories.${category}`,
    header: PRIORITY_CATEGORY_LABELS[category],
    width: 16,
  })),
  { key: 'address', header: { 'zh-CN': '地址', en: 'Address' }, width: 30 },
  { key: 'contactPerson', header: { 'zh-CN': '联系人', en: 'Contact person' }, width: 12 },
  { key: 'contactPhone', header: { 'zh-CN': '联系电话', en: 'Contact phone' }, width: 16 },
];

const SHEET_NAMES: Labels = { 'zh-CN': '企业名单', en: 'Enterprises' };
const INSTRUCTIONS: Labels = { 'zh-CN': '填写说明', en: 'Instructions' };
const OPTIONS: Labels = { 'zh-CN': '选项', en: 'Options' };
const PHONE = /^[0-9+\-() ]{5,30}$/;

const industryOption = (code: IndustrySection, language: Language) =>
  `${code} ${INDUSTRY_SECTIONS[code][language]}`;

/** Accepts a code or a label in either language, as typed or picked from the drop-down. */
function lookup<K extends string>(labels: Record<K, Labels>, value: string): K | undefined {
  const wanted = value.trim().toLowerCase();
  return (Object.keys(labels) as K[]).find(
    (key) =>
      key.toLowerCase() === wanted ||
      labels[key]['zh-CN'].toLowerCase() === wanted ||
      labels[key].en.toLowerCase() === wanted,
  );
}

function parseIndustry(value: string): IndustrySection | undefined {
  const letter = /^([A-Za-z])(\s|$)/.exec(value.trim())?.[1]?.toUpperCase();
  if (letter && (INDUSTRY_SECTION_CODES as string[]).includes(letter)) return letter as IndustrySection;
  return lookup(INDUSTRY_SECTIONS, value);
}

@Injectable()
export class EnterpriseImportService {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly repository: EnterprisesRepository,
    private readonly regions: RegionsRepository,
    private readonly enterprises: EnterprisesService,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly sheets: ImportSheetReader,
  ) {}

  /** The xlsx template: instructions, a header row and drop-downs, in the caller's language. */
  async template(caller: Caller, language: Language): Promise<Buffer> {
    const regions = await this.regionsInScope(caller);
    const lines =
      language === 'zh-CN'
        ? [
            '企业名单导入说明',
            `1. 在“${SHEET_NAMES[language]}”工作表第 2 行起每行填写一家企业，不要修改表头。`,
            `2. 一次最多 ${IMPORT_MAX_ROWS} 家企业，文件不超过 ${IMPORT_MAX_BYTES / 1024 / 1024} MB，仅支持 xlsx 格式。`,
            '3. 带 * 的列必填；统一社会信用代码为 18 位（不含 I、O、S、V、Z），系统会核对第 18 位校验位。',
            '4. 所在区（市）、行业门类（GB/T 4754）、所有制、企业规模请从下拉列表选择；市直企业选择本市。',
            '5. 优先申报类别填“是”或“否”（留空视为“否”）；人数填不小于 0 的整数。',
            '6. 全部行校验通过才会导入；有任何错误时不导入任何数据，并逐行逐列列出错误。',
          ]
        : [
            'Importing enterprises',
            `1. Fill one enterprise per row from row 2 of the sheet "${SHEET_NAMES[language]}"; keep the header row.`,
            `2. At most ${IMPORT_MAX_ROWS} enterprises per file, at most ${IMPORT_MAX_BYTES / 1024 / 1024} MB, xlsx only.`,
            '3. Columns marked * are required; the credit code has 18 characters (no I, O, S, V, Z) and its check character is verified.',
            '4. Pick region, industry (GB/T 4754), ownership and size from the drop-downs; city-direct enterprises take the city itself.',
            '5. Priority categories take Yes or No (blank means No); headcounts are whole numbers, 0 or more.',
            '6. Only a file whose rows are all valid is imported; otherwise nothing is stored and every problem is listed by row and column.',
          ];
    const { workbook, sheet } = createImportTemplate({
      language,
      instructionNames: INSTRUCTIONS,
      lines,
      sheetNames: SHEET_NAMES,
      columns: IMPORT_COLUMNS,
    });

    // long lists live on a hidden sheet; short ones inline
    const options = workbook.addWorksheet(OPTIONS[language], { state: 'veryHidden' });
    INDUSTRY_SECTION_CODES.forEach(
      (code, i) => (options.getCell(i + 1, 1).value = industryOption(code, language)),
    );
    regions.forEach(
      (region, i) =>
        (options.getCell(i + 1, 2).value =
          `${region.code} ${language === 'en' ? region.nameEn : region.name}`),
    );
    const optionsRef = `'${OPTIONS[language]}'`;
    const lists: Record<string, string> = {
      regionCode: `${optionsRef}!$B$1:$B$${Math.max(regions.length, 1)}`,
      industrySection: `${optionsRef}!$A$1:$A$${INDUSTRY_SECTION_CODES.length}`,
      ownership: `"${Object.values(Ownership)
        .map((o) => OWNERSHIP_LABELS[o][language])
        .join(',')}"`,
      size: `"${Object.values(EnterpriseSize)
        .map((s) => ENTERPRISE_SIZE_LABELS[s][language])
        .join(',')}"`,
    };
    IMPORT_COLUMNS.forEach((column, i) => {
      const formula = column.key.startsWith('priorityCategories.')
        ? `"${YES[language]},${NO[language]}"`
        : lists[column.key];
      const letter = sheet.getColumn(i + 1).letter;
      if (formula) {
        rangeValidations(sheet).add(`${letter}2:${letter}${IMPORT_MAX_ROWS + 1}`, {
          type: 'list',
          allowBlank: !column.required,
          formulae: [formula],
          showErrorMessage: true,
        });
      } else if (column.key === 'headcount' || column.key.startsWith('skilledHeadcount.')) {
        rangeValidations(sheet).add(`${letter}2:${letter}${IMPORT_MAX_ROWS + 1}`, {
          type: 'whole',
          operator: 'greaterThanOrEqual',
          allowBlank: true,
          formulae: [0],
          showErrorMessage: true,
        });
      }
    });
    return Buffer.from(await workbook.xlsx.writeBuffer());
  }

  /** All rows or none: every problem is reported with its row, column and value. */
  async import(
    caller: Caller,
    language: Language,
    file: UploadedXlsx | undefined,
  ): Promise<EnterpriseImportResultDto> {
    const scope = this.access.scope(caller, 'enterprises', 'create');
    const sheet = await this.sheets.read(file, {
      maxBytes: IMPORT_MAX_BYTES,
      sheetNames: SHEET_NAMES,
      instructionNames: INSTRUCTIONS,
      columns: IMPORT_COLUMNS,
      language,
      empty: EnterpriseException.invalid('file', 'import_empty'),
    });
    const { rows } = sheet;
    if (rows.length === 0) throw EnterpriseException.invalid('file', 'import_empty');
    if (rows.length > IMPORT_MAX_ROWS) {
      throw EnterpriseException.invalid('file', 'import_too_many_rows', {
        max: IMPORT_MAX_ROWS,
        count: rows.length,
      });
    }

    const regions = new Map((await this.regions.findAll()).map((region) => [region.code, region]));
    const problems: FieldProblem[] = [...sheet.headerProblems];
    const inputs: Array<{ row: number; input: CreateEnterpriseDto }> = [];
    const reporter = (row: (typeof rows)[number]) =>
      rowReporter(problems, sheet, row, IMPORT_COLUMNS, language);
    for (const { row, cells } of rows) {
      const { report, text } = reporter({ row, cells });
      const count = (key: string): number | undefined => {
        const value = cells.get(key) ?? '';
        if (!value) return undefined;
        if (!/^\d{1,7}$/.test(value)) {
          report(key, EnterpriseException.fieldProblem(key, 'import_count_invalid', { value }));
          return undefined;
        }
        return Number(value);
      };
      const choice = <T>(key: string, parse: (value: string) => T | undefined): T | undefined => {
        const value = cells.get(key) ?? '';
        if (!value) {
          report(key, 'validation.isNotEmpty');
          return undefined;
        }
        const parsed = parse(value);
        if (parsed === undefined) {
          report(key, XlsxImportException.fieldProblem(key, 'import_value_invalid', { value }));
        }
        return parsed;
      };

      const before = problems.length;
      const rawCode = text('creditCode', 40, true);
      const creditCode = rawCode ? normaliseCreditCode(rawCode) : undefined;
      if (creditCode) {
        const problem = creditCodeProblem(creditCode);
        if (problem) report('creditCode', problem);
      }
      const name = text('name', 100, true);
      const regionText = cells.get('regionCode') ?? '';
      let regionCode: string | undefined;
      if (!regionText) report('regionCode', 'validation.isNotEmpty');
      else {
        const code = /^(\d{6})/.exec(regionText)?.[1];
        const check = checkEnterpriseRegion(
          code ? (regions.get(code) ?? null) : null,
          code ?? regionText,
          scope,
        );
        if (check.ok) regionCode = check.region.code;
        else report('regionCode', check.problem);
      }
      const industrySection = choice('industrySection', parseIndustry);
      const ownership = choice('ownership', (v) => lookup(OWNERSHIP_LABELS, v));
      const size = choice('size', (v) => lookup(ENTERPRISE_SIZE_LABELS, v));
      const headcount = count('headcount');
      const skilledHeadcount: Partial<Record<SkillLevel, number>> = {};
      for (const level of Object.values(SkillLevel)) {
        const value = count(`skilledHeadcount.${level}`);
        if (value !== undefined) skilledHeadcount[level] = value;
      }
      const priorityCategories: PriorityCategory[] = [];
      for (const category of Object.values(PriorityCategory)) {
        const key = `priorityCategories.${category}`;
        const value = cells.get(key) ?? '';
        const yes = parseYesNo(value);
        if (yes === undefined) {
          report(key, XlsxImportException.fieldProblem(key, 'import_value_invalid', { value }));
        } else if (yes) priorityCategories.push(category);
      }
      const address = text('address', 200);
      const contactPerson = text('contactPerson', 50);
      const contactPhone = text('contactPhone', 30);
      if (contactPhone && !PHONE.test(contactPhone)) report('contactPhone', 'validation.matches');

      if (problems.length === before) {
        inputs.push({
          row,
          input: {
            creditCode: creditCode!,
            name: name!,
            regionCode: regionCode!,
            industrySection: industrySection!,
            ownership: ownership!,
            size: size!,
            headcount: headcount ?? 0,
            skilledHeadcount,
            priorityCategories,
            address: address ?? null,
            contactPerson: contactPerson ?? null,
            contactPhone: contactPhone ?? null,
          },
        });
      }
    }

    // duplicates within the file, then against the registry
    const firstRow = { creditCode: new Map<string, number>(), name: new Map<string, number>() };
    for (const current of rows) {
      const { cells } = current;
      const values = {
        creditCode: normaliseCreditCode(cells.get('creditCode') ?? ''),
        name: cells.get('name') ?? '',
      };
      for (const key of ['creditCode', 'name'] as const) {
        if (!values[key]) continue;
        const other = firstRow[key].get(values[key]);
        if (other === undefined) firstRow[key].set(values[key], current.row);
        else {
          reporter(current).report(
            key,
            XlsxImportException.fieldProblem(key, 'import_duplicate_in_file', { otherRow: other }),
          );
        }
      }
    }
    // against the registry: every well-formed code and every name, also on rows with other problems
    const candidates = rows.map((row) => ({
      row,
      creditCode: normaliseCreditCode(row.cells.get('creditCode') ?? ''),
      name: row.cells.get('name') ?? '',
    }));
    const wellFormed = candidates.filter((c) => c.creditCode && !creditCodeProblem(c.creditCode));
    const takenCodes = await this.repository.takenCreditCodes([
      ...new Set(wellFormed.map((c) => c.creditCode)),
    ]);
    const takenNames = await this.repository.takenNames([
      ...new Set(candidates.filter((c) => c.name && c.name.length <= 100).map((c) => c.name)),
    ]);
    for (const { row, creditCode, name } of candidates) {
      const { report } = reporter(row);
      if (takenCodes.has(creditCode)) {
        report(
          'creditCode',
          EnterpriseException.fieldProblem('creditCode', 'credit_code_taken', { creditCode }),
        );
      }
      if (takenNames.has(name)) {
        report('name', OrganisationException.fieldProblem('name', 'organisation_name_taken', { name }));
      }
    }

    if (problems.length > 0) throw importInvalid(problems, IMPORT_COLUMNS);

    return this.unitOfWork.run(async (tx) => {
      const items = await this.enterprises.insertMany(
        tx,
        inputs.map(({ input }) => input),
      );
      await this.audit.record(
        {
          action: 'enterprise.import',
          entityType: 'enterprise',
          after: {
            count: items.length,
            file: file!.originalname,
            ids: items.map((item) => item.id),
          },
        },
        tx,
      );
      return { imported: items.length, items };
    });
  }

  private async regionsInScope(caller: Caller): Promise<RegionEntity[]> {
    const scope = this.access.scope(caller, 'enterprises', 'create');
    const regions = await this.regions.findAll();
    return regions.filter((region) => checkEnterpriseRegion(region, region.code, scope).ok);
  }
}

/** The name of the template file in the caller's language. */
export function templateFileName(language: Language): string {
  return language === 'en' ? 'enterprise-import-template.xlsx' : '企业名单导入模板.xlsx';
}
