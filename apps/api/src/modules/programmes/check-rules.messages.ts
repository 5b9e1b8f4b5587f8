import { registerMessages } from '../../common/errors/messages';

/** Labels of the check rules' fields (leaf names), for the 400s that name them. */
registerMessages({
  'zh-CN': {
    fields: {
      enabled: '是否适用',
      minShareOfWageBill: '职工教育经费占工资总额的最低比例',
      minFrontLineShare: '用于一线职工的最低比例',
      referenceFixedShare: '固定薪酬参考占比',
      source: '依据',
      document: '依据文件',
      article: '条款',
      excerpt: '原文摘录',
    },
  },
  en: {
    fields: {
      enabled: 'Applies',
      minShareOfWageBill: 'Minimum share of the wage bill',
      minFrontLineShare: 'Minimum share for front-line staff',
      referenceFixedShare: 'Reference share of fixed pay',
      source: 'Basis',
      document: 'Document',
      article: 'Article',
      excerpt: 'Excerpt',
    },
  },
});
