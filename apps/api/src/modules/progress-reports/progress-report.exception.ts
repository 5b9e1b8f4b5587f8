import { HttpStatus } from '@nestjs/common';
import { featureException } from '../../common/errors/feature-errors';
import { GUIDELINE_ELEMENT_LABELS, GUIDELINE_ELEMENTS } from '@skillpay/domain';
import { registerMessages } from '../../common/errors/messages';

/**
 * Progress reports' own errors; the workflow's (not allowed now, not editable) are the kernel's,
 * the reporting calendar's (periods, cadence) the report schedules'.
 */
export class ProgressReportException extends featureException({
  // shared with pilot applications and pay plans (same text)
  progress_report_exists: {
    status: HttpStatus.CONFLICT,
    'zh-CN': '本企业{{period}}的进展报告已存在，请在原报告上修改',
    en: 'Your report for {{period}} already exists; please change that one',
  },
  report_duplicate_level: {
    status: HttpStatus.BAD_REQUEST,
    'zh-CN': '同一技能等级只能填写一行',
    en: 'Each skill level may appear only once',
  },
  report_duplicate_allowance: {
    status: HttpStatus.BAD_REQUEST,
    'zh-CN': '同一种津贴只能填写一次',
    en: 'Each allowance may appear only once',
  },
  report_detail_required: {
    status: HttpStatus.BAD_REQUEST,
    'zh-CN': '已建立的指引内容须填写{{field}}',
    en: 'An adopted element needs its {{field}}',
  },
  report_narrative_required: {
    status: HttpStatus.BAD_REQUEST,
    'zh-CN': '请填写进展情况说明',
    en: 'Please describe the progress',
  },
  report_skill_levels_required: {
    status: HttpStatus.BAD_REQUEST,
    'zh-CN': '请至少填写一个技能等级的人数和平均工资',
    en: 'Give headcount and average pay of at least one skill level',
  },
  report_value_required: {
    status: HttpStatus.BAD_REQUEST,
    'zh-CN': '报送前须填写{{field}}',
    en: '{{field}} is required before submitting',
  },
  report_comment_required: {
    status: HttpStatus.BAD_REQUEST,
    'zh-CN': '退回时请填写审核意见',
    en: 'Please give a comment when returning a report',
  },
}) {}

const elementLabels = (language: 'zh-CN' | 'en') =>
  Object.fromEntries(
    GUIDELINE_ELEMENTS.map((element) => [element, GUIDELINE_ELEMENT_LABELS[element][language]]),
  );

// the elements by their names ("绩效工资"), and a leaf two elements share labelled within its
// element ("绩效工资分配方式", not "岗位评价方法")
registerMessages({
  'zh-CN': {
    fieldsIn: {
      adoption: elementLabels('zh-CN'),
      postEvaluation: { method: '岗位评价方法' },
      performancePay: { method: '绩效工资分配方式' },
    },
  },
  en: {
    fieldsIn: {
      adoption: elementLabels('en'),
      postEvaluation: { method: 'Post-evaluation method' },
      performancePay: { method: 'Performance-pay method' },
    },
  },
});
