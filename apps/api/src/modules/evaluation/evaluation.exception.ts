import { HttpStatus } from '@nestjs/common';
import { featureException } from '../../common/errors/feature-errors';

/** The evaluation's own errors (weights, influenced enterprises, demonstration units). */
export class EvaluationException extends featureException({
  evaluation_enterprise_route: {
    status: HttpStatus.FORBIDDEN,
    'zh-CN': '企业请在“本企业评估”中查看本企业的评估结果',
    en: "An enterprise sees its own evaluation on the enterprise's evaluation page",
  },
  evaluation_region_unknown: {
    status: HttpStatus.BAD_REQUEST,
    'zh-CN': '所选区（市）不属于本工作方案的地区或不在您的辖区内',
    en: "The district is not part of the programme's city or not in your region",
  },
  evaluation_weight_invalid: {
    status: HttpStatus.BAD_REQUEST,
    'zh-CN': '“{{element}}”的权重须为 0–100 之间的整数',
    en: 'The weight of "{{element}}" must be a whole number from 0 to 100',
  },
  evaluation_weight_unknown: {
    status: HttpStatus.BAD_REQUEST,
    'zh-CN': '“{{element}}”不是采纳指数的要素',
    en: '"{{element}}" is not an element of the adoption index',
  },
  evaluation_weight_total: {
    status: HttpStatus.BAD_REQUEST,
    'zh-CN': '各要素权重合计须为 100 分，现为 {{total}} 分',
    en: 'The weights must add up to 100 points; they add up to {{total}}',
  },
  influenced_enterprise_unknown: {
    status: HttpStatus.BAD_REQUEST,
    'zh-CN': '所选企业未在本辖区登记',
    en: 'The enterprise is not registered in your district',
  },
  influenced_enterprise_other_district: {
    status: HttpStatus.BAD_REQUEST,
    'zh-CN': '该企业由所在区（市）人社局登记为带动企业；市人社局登记市直企业',
    en: "The enterprise is recorded by its district's bureau; the city records city-direct enterprises",
  },
  influenced_enterprise_pilot: {
    status: HttpStatus.BAD_REQUEST,
    'zh-CN': '该企业是本方案的试点企业，其采纳情况由企业通过进展报送填报，无需登记为带动企业',
    en: 'The enterprise is a pilot of the programme: it reports its adoption itself in its progress reports',
  },
  influenced_enterprise_duplicate: {
    status: HttpStatus.CONFLICT,
    'zh-CN': '该企业已登记为本方案的带动企业，请修改原记录',
    en: 'The enterprise is already recorded as influenced in this programme; edit that record',
  },
  influenced_activity_unknown: {
    status: HttpStatus.BAD_REQUEST,
    'zh-CN': '所选活动不存在或不属于本工作方案',
    en: 'The activity does not exist or does not belong to the programme',
  },
  influenced_activity_kind: {
    status: HttpStatus.BAD_REQUEST,
    'zh-CN': '带动企业须参加过本方案的专项培训或示范班',
    en: 'An influenced enterprise must have attended a training or demonstration class of the programme',
  },
  influenced_activity_not_listed: {
    status: HttpStatus.BAD_REQUEST,
    'zh-CN': '所选活动的参加企业中没有该企业',
    en: 'The activity does not list the enterprise among those who attended',
  },
  influenced_reported_before_activity: {
    status: HttpStatus.BAD_REQUEST,
    'zh-CN': '反馈日期不能早于所参加活动的日期（{{date}}）',
    en: 'The report date cannot be before the activity ({{date}})',
  },
  influenced_reported_in_future: {
    status: HttpStatus.BAD_REQUEST,
    'zh-CN': '反馈日期不能晚于今天',
    en: 'The report date cannot be later than today',
  },
  influenced_duplicate_allowance: {
    status: HttpStatus.BAD_REQUEST,
    'zh-CN': '同一种津贴只能填写一次',
    en: 'Each allowance can be listed once',
  },
  influenced_not_own: {
    status: HttpStatus.FORBIDDEN,
    'zh-CN': '带动企业由企业所在区（市）人社局登记和修改（市直企业由市人社局）',
    en: "An influenced enterprise is recorded and edited by its district's bureau (the city's for city-direct enterprises)",
  },
  demonstration_enterprise_not_pilot: {
    status: HttpStatus.BAD_REQUEST,
    'zh-CN': '示范企业须为本方案已确定的试点企业',
    en: 'A demonstration enterprise must be an approved pilot of the programme',
  },
  demonstration_region_not_district: {
    status: HttpStatus.BAD_REQUEST,
    'zh-CN': '典型区市须为本方案所在城市下辖的区（市）',
    en: "A model district must be a district of the programme's city",
  },
  demonstration_unit_required: {
    status: HttpStatus.BAD_REQUEST,
    'zh-CN': '请选择{{kind}}',
    en: 'Choose the {{kind}}',
  },
  demonstration_unit_extra: {
    status: HttpStatus.BAD_REQUEST,
    'zh-CN': '{{kind}}不填写此项',
    en: 'A {{kind}} does not take this field',
  },
  demonstration_duplicate: {
    status: HttpStatus.CONFLICT,
    'zh-CN': '该单位已被标记，请修改原记录',
    en: 'The unit is already marked; edit that mark',
  },
  demonstration_reason_required: {
    status: HttpStatus.BAD_REQUEST,
    'zh-CN': '请填写理由',
    en: 'Please give the reason',
  },
}) {}
