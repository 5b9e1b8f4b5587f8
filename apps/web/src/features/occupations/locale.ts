/**
 * This feature's texts. zh-CN is the source of the shape; locales/en.ts checks the English
 * object against it, so a missing or extra key fails the typecheck.
 */
export const occupationsZhCN = {
  title: '职业目录',
};

export const occupationsEn = {
  title: 'Occupations',
};
