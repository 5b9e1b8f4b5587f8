/**
 * This feature's texts. zh-CN is the source of the shape; locales/en.ts checks the English
 * object against it, so a missing or extra key fails the typecheck.
 */
export const benchmarksZhCN = {
  title: '工资价位',
};

export const benchmarksEn = {
  title: 'Wage benchmarks',
};
