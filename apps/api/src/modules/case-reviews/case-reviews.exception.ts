import { HttpStatus } from '@nestjs/common';
import { featureException } from '../../common/errors/feature-errors';

/** The case review's own errors (assignments, reviews, decisions, rubrics, conflict links). */
export class CaseReviewException extends featureException({
  reviewers_too_few: {
    status: HttpStatus.BAD_REQUEST,
    'zh-CN':
      '每个案例至少需要 {{min}} 名评审专家，且来自至少两类评审单位（总工会、企业联合会/企业家协会、工商联）',
    en: 'A case needs at least {{min}} reviewers from at least two kinds of reviewer organisation (trade union, enterprise confederation, federation of industry and commerce)',
  },
  reviewer_not_eligible: {
    status: HttpStatus.BAD_REQUEST,
    'zh-CN': '该账号不是本市评审单位的在用评审账号',
    en: 'The account is not an active reviewer account of a reviewer organisation of the city',
  },
  reviewer_listed_twice: {
    status: HttpStatus.BAD_REQUEST,
    'zh-CN': '同一评审专家只能指派一次',
    en: 'A reviewer can be assigned only once',
  },
  due_date_past: {
    status: HttpStatus.BAD_REQUEST,
    'zh-CN': '评审截止日期不能早于今天',
    en: 'The due date cannot be before today',
  },
  reviewer_already_assigned: {
    status: HttpStatus.CONFLICT,
    'zh-CN': '{{reviewer}}已被指派评审该案例',
    en: '{{reviewer}} is already assigned to this case',
  },
  reviewer_conflict_of_interest: {
    status: HttpStatus.CONFLICT,
    'zh-CN':
      '{{reviewer}}与{{enterprise}}存在利益冲突登记（{{kind}}：{{linked}}），不能评审该企业的案例；未作任何指派',
    en: '{{reviewer}} is linked to {{enterprise}} in the conflict-of-interest register ({{kind}}: {{linked}}) and cannot review its case; nothing was assigned',
  },
  case_not_reviewable: {
    status: HttpStatus.CONFLICT,
    'zh-CN': '案例当前为“{{status}}”，不能指派评审',
    en: 'The case is “{{status}}”; reviewers cannot be assigned now',
  },
  assignment_closed: {
    status: HttpStatus.CONFLICT,
    'zh-CN': '该评审指派已撤回或评审已结束',
    en: 'This assignment has been withdrawn or the review has ended',
  },
  review_submitted: {
    status: HttpStatus.CONFLICT,
    'zh-CN': '评审意见已提交，不能再修改',
    en: 'The review has been submitted and can no longer be changed',
  },
  review_incomplete: {
    status: HttpStatus.BAD_REQUEST,
    'zh-CN': '请为每项评审指标打分并给出推荐意见后再提交',
    en: 'Score every criterion and give a recommendation before submitting',
  },
  score_out_of_scale: {
    status: HttpStatus.BAD_REQUEST,
    'zh-CN': '分值须为 {{min}}–{{max}} 的整数',
    en: 'The score must be a whole number from {{min}} to {{max}}',
  },
  criterion_unknown: {
    status: HttpStatus.BAD_REQUEST,
    'zh-CN': '评审细则中没有该指标',
    en: 'The rubric has no such criterion',
  },
  reviews_missing: {
    status: HttpStatus.CONFLICT,
    'zh-CN': '须有来自两类评审单位的至少 {{min}} 份已提交评审意见才能作出决定（现有 {{submitted}} 份）',
    en: 'A decision needs at least {{min}} submitted reviews from two kinds of reviewer organisation ({{submitted}} so far)',
  },
  reason_required: {
    status: HttpStatus.BAD_REQUEST,
    'zh-CN': '请填写理由',
    en: 'Please give a reason',
  },
  weights_not_100: {
    status: HttpStatus.BAD_REQUEST,
    'zh-CN': '各项指标权重之和须为 100（现为 {{sum}}）',
    en: 'The criteria’s weights must add up to 100 (they add up to {{sum}})',
  },
  criterion_key_twice: {
    status: HttpStatus.BAD_REQUEST,
    'zh-CN': '指标代码不能重复',
    en: 'Criterion keys must differ',
  },
  scale_not_consecutive: {
    status: HttpStatus.BAD_REQUEST,
    'zh-CN': '分值须从 1 起连续编号',
    en: 'Scores must run 1, 2, 3 … without gaps',
  },
  conflict_link_exists: {
    status: HttpStatus.CONFLICT,
    'zh-CN': '该利益冲突关系已登记',
    en: 'This link is already registered',
  },
  conflict_reviewer_not_member: {
    status: HttpStatus.BAD_REQUEST,
    'zh-CN': '该评审账号不属于所选评审单位',
    en: 'The reviewer account does not belong to the chosen reviewer organisation',
  },
  not_reviewer_organisation: {
    status: HttpStatus.BAD_REQUEST,
    'zh-CN': '请选择总工会、企业联合会/企业家协会或工商联',
    en: 'Choose a trade union, enterprise confederation or federation of industry and commerce',
  },
}) {}
