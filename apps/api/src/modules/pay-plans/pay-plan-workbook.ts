import { CALCULATOR_KIND_LABELS, type CalculatorKind, chinaToday, type Language } from '@skillpay/domain';
import { type CalculatorIo } from '@skillpay/paycalc';
import { buildDocumentWorkbook } from '../../common/xlsx/document-workbook';
import { type CalculatorInput, type CalculatorResult } from './calculators';
import { allowancesSheets } from './workbook/allowances.sheets';
import { checksSheets } from './workbook/checks.sheets';
import { payTableSheets } from './workbook/pay-table.sheets';
import { performancePaySheets } from './workbook/performance-pay.sheets';
import { postEvaluationSheets } from './workbook/post-evaluation.sheets';
import { profitSharingSheets } from './workbook/profit-sharing.sheets';
import { sheetContext, type SheetsOf } from './workbook/sheet-context';
import { stepMovementSheets } from './workbook/step-movement.sheets';

/**
 * A calculator's input and libs/paycalc's result as the documents an enterprise takes to its
 * workers' congress: each calculator declares its sheets (workbook/*.sheets.ts: titles, headers
 * with units, inputs, results, method, basis) in the reader's language, and the shared document
 * builder (common/xlsx/document-workbook.ts) lays them out for A4.
 */

export interface WorkbookHeading {
  kind: CalculatorKind;
  /** the plan's or the export's title */
  title: string;
  /** e.g. the enterprise and version of a stored plan */
  subtitle?: string;
}

const SHEETS: { [K in CalculatorKind]: SheetsOf<CalculatorIo[K]['input'], CalculatorIo[K]['result']> } = {
  'pay-table': payTableSheets,
  'step-movement': stepMovementSheets,
  'post-evaluation': postEvaluationSheets,
  'performance-pay': performancePaySheets,
  allowances: allowancesSheets,
  'profit-sharing': profitSharingSheets,
  checks: checksSheets,
};

export async function buildPayPlanWorkbook(
  heading: WorkbookHeading,
  input: CalculatorInput,
  result: CalculatorResult,
  language: Language,
  today: string = chinaToday(),
): Promise<Buffer> {
  const kind = CALCULATOR_KIND_LABELS[heading.kind][language];
  const zh = language === 'zh-CN';
  const subtitle = [
    [
      heading.title === kind ? kind : `${heading.title}${zh ? '（' : ' ('}${kind}${zh ? '）' : ')'}`,
      heading.subtitle,
    ]
      .filter(Boolean)
      .join(zh ? '　' : ' · '),
    zh ? `导出日期：${today}` : `Exported on ${today}`,
  ];
  const sheets = (SHEETS[heading.kind] as SheetsOf<CalculatorInput, CalculatorResult>)(
    input,
    result,
    sheetContext(language, subtitle),
  );
  return buildDocumentWorkbook(sheets, language);
}
