/**
 * This feature's texts. zh-CN is the source of the shape; locales/en.ts checks the English
 * object against it, so a missing or extra key fails the typecheck.
 */
export const wageUploadsZhCN = {
  title: '薪酬数据报送',
};

export const wageUploadsEn = {
  title: 'Wage data',
};
