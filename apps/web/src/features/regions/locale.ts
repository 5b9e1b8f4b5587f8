import { type Widen } from '../../app/i18n/widen';

/**
 * This feature's texts: the i18next namespace `regions` (keys `regions:…`). zh-CN is the source of the
 * shape; the English object is typed by it, so a missing or extra key fails the typecheck.
 */
export const regionsZhCN = {
  subtitle: 'GB/T 2260 行政区划代码',
  tableTitle: '行政区划（共 {{count}} 个）',
  code: '区划代码',
  codeHelp: '6 位 GB/T 2260 代码',
  codeRequired: '请输入区划代码',
  codeInvalid: '区划代码应为 6 位数字',
  levelFromCode: '按代码判定为：{{level}}',
  name: '中文名称',
  nameEn: '英文名称',
  level: '级别',
  levels: { province: '省级', city: '地市级', district: '县区级' },
  parent: '上级区划',
  parentRequired: '请选择上级区划',
  create: '新建行政区划',
  edit: '编辑：{{name}}',
  addChild: '添加下级',
};

export const regionsEn: Widen<typeof regionsZhCN> = {
  subtitle: 'GB/T 2260 administrative division codes',
  tableTitle: 'Regions ({{count}})',
  code: 'Code',
  codeHelp: 'Six-digit GB/T 2260 code',
  codeRequired: 'Enter the region code',
  codeInvalid: 'A region code has six digits',
  levelFromCode: 'Level from the code: {{level}}',
  name: 'Chinese name',
  nameEn: 'English name',
  level: 'Level',
  levels: { province: 'Province', city: 'City', district: 'District' },
  parent: 'Parent region',
  parentRequired: 'Choose the parent region',
  create: 'New region',
  edit: 'Edit: {{name}}',
  addChild: 'Add subregion',
};
