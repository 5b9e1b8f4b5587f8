import { HttpStatus } from '@nestjs/common';
import { featureException } from '../../common/errors/feature-errors';
import { registerMessages } from '../../common/errors/messages';

/** Case studies' own errors; the workflow's (not allowed now, not editable, maker-checker) are the kernel's. */
export class CaseException extends featureException({
  case_subject_required: {
    status: HttpStatus.BAD_REQUEST,
    'zh-CN': '请选择案例所属企业（本区企业），或填写外地案例的企业信息',
    en: 'Choose the enterprise of your district the case is about, or describe the external enterprise',
  },
  case_subject_ambiguous: {
    status: HttpStatus.BAD_REQUEST,
    'zh-CN': '案例只能对应一家企业：登记企业与外地企业不能同时填写',
    en: 'A case is about one enterprise: give a registered one or an external one, not both',
  },
  case_enterprise_not_own: {
    status: HttpStatus.BAD_REQUEST,
    'zh-CN': '企业只能撰写本企业的案例',
    en: 'An enterprise writes cases about itself only',
  },
  case_enterprise_outside_region: {
    status: HttpStatus.BAD_REQUEST,
    'zh-CN': '只能为本辖区登记的企业撰写案例',
    en: 'Choose an enterprise registered in your district',
  },
  case_external_not_allowed: {
    status: HttpStatus.BAD_REQUEST,
    'zh-CN': '外地案例只能由区（市）人社局导入',
    en: 'Only a district bureau imports a case of an external enterprise',
  },
  case_region_unknown: {
    status: HttpStatus.BAD_REQUEST,
    'zh-CN': '行政区划代码 {{code}} 不存在',
    en: 'There is no region with code {{code}}',
  },
  case_pay_plan_not_own: {
    status: HttpStatus.BAD_REQUEST,
    'zh-CN': '只能关联本企业保存的薪酬方案',
    en: 'Link only pay plans the enterprise saved',
  },
  case_wage_years_order: {
    status: HttpStatus.BAD_REQUEST,
    'zh-CN': '对比年度须早于成效年度',
    en: 'The year compared from must come before the year compared to',
  },
  case_wage_years_external: {
    status: HttpStatus.BAD_REQUEST,
    'zh-CN': '外地企业没有本平台的工资数据，不能生成工资成效',
    en: 'An external enterprise has no wage data here, so there is no wage outcome to show',
  },
  case_wage_data_missing: {
    status: HttpStatus.BAD_REQUEST,
    'zh-CN': '企业尚未报送 {{year}} 年度的工资数据，不能生成工资成效',
    en: 'The enterprise has no stored wage data for {{year}}; the wage outcome cannot be shown',
  },
  case_programme_unknown: {
    status: HttpStatus.BAD_REQUEST,
    'zh-CN': '所选工作方案不存在或不属于本市',
    en: 'The programme does not exist or belongs to another city',
  },
  case_not_deletable: {
    status: HttpStatus.CONFLICT,
    'zh-CN': '案例已提交过，不能删除；只能删除从未提交的草稿',
    en: 'The case has been submitted before; only a draft never submitted can be deleted',
  },
  case_not_author: {
    status: HttpStatus.FORBIDDEN,
    'zh-CN': '只有撰写单位可以修改案例',
    en: 'Only the organisation that wrote the case may change it',
  },
  case_attachments_not_editable: {
    status: HttpStatus.CONFLICT,
    'zh-CN': '案例已提交，不能再增删附件；退回后可修改',
    en: 'The case has been submitted; attachments can be changed again once it is returned',
  },
  case_opinion_required: {
    status: HttpStatus.BAD_REQUEST,
    'zh-CN': '请填写{{action}}理由',
    en: 'Please give your reason to {{action}}',
  },
  case_enterprise_missing: {
    status: HttpStatus.BAD_REQUEST,
    'zh-CN': '所选企业未登记',
    en: 'The enterprise chosen is not registered',
  },
}) {}

// the labels of the case's fields in 400s ("指引条款 …", "Guideline articles …")
registerMessages({
  'zh-CN': {
    fields: {
      articles: '指引条款',
      background: '背景与问题',
      measures: '主要做法',
      results: '成效数据',
      indicator: '指标',
      before: '实施前',
      after: '实施后',
      resultsNarrative: '成效说明',
      payPlanIds: '关联薪酬方案',
      wageYears: '工资成效年度',
      fromYear: '对比年度',
      toYear: '成效年度',
      enterpriseId: '企业',
      externalEnterprise: '外地企业',
      chapter: '指引章节',
    },
  },
  en: {
    fields: {
      articles: 'Guideline articles',
      background: 'Background and problem',
      measures: 'Measures taken',
      results: 'Result figures',
      indicator: 'Indicator',
      before: 'Before',
      after: 'After',
      resultsNarrative: 'Results narrative',
      payPlanIds: 'Linked pay plans',
      wageYears: 'Wage-outcome years',
      fromYear: 'Year compared from',
      toYear: 'Year compared to',
      enterpriseId: 'Enterprise',
      externalEnterprise: 'External enterprise',
      chapter: 'Guideline chapter',
    },
  },
});
