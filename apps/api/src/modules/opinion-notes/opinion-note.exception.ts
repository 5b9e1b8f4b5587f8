import { HttpStatus } from '@nestjs/common';
import { featureException } from '../../common/errors/feature-errors';

/** The public-opinion notes' own errors; the workflow's (not allowed now, not editable) are the kernel's. */
export class OpinionNoteException extends featureException({
  opinion_source_detail_required: {
    status: HttpStatus.BAD_REQUEST,
    'zh-CN': '来源为“其他”时请注明具体来源',
    en: 'Please name the source when it is "Other"',
  },
  opinion_summary_required: {
    status: HttpStatus.BAD_REQUEST,
    'zh-CN': '请填写舆情摘要',
    en: 'Please summarise the question or view',
  },
  opinion_noted_in_future: {
    status: HttpStatus.BAD_REQUEST,
    'zh-CN': '舆情日期不能晚于今天',
    en: 'The date of the note cannot be in the future',
  },
  opinion_topics_required: {
    status: HttpStatus.BAD_REQUEST,
    'zh-CN': '请至少选择一个主题',
    en: 'Please choose at least one topic',
  },
  opinion_topic_unknown: {
    status: HttpStatus.BAD_REQUEST,
    'zh-CN': '主题应为《指引》章节或工作方案的举措',
    en: 'Topics are chapters of the guideline or measures of the programme',
  },
  opinion_topics_too_many: {
    status: HttpStatus.BAD_REQUEST,
    'zh-CN': '主题最多选择 6 个',
    en: 'Choose at most 6 topics',
  },
  opinion_heat_range: {
    status: HttpStatus.BAD_REQUEST,
    'zh-CN': '热度应为 1 至 5 的整数',
    en: 'Heat is a whole number from 1 to 5',
  },
  opinion_programme_unknown: {
    status: HttpStatus.BAD_REQUEST,
    'zh-CN': '请选择本市的工作方案',
    en: 'Choose a work plan of your city',
  },
  opinion_responsible_unknown: {
    status: HttpStatus.BAD_REQUEST,
    'zh-CN': '责任单位应为本市人社局或其所辖区（市）人社局',
    en: 'The responsible unit is the city bureau or one of its district bureaus',
  },
  opinion_responsible_city_only: {
    status: HttpStatus.BAD_REQUEST,
    'zh-CN': '只有市人社局可以指定其他责任单位',
    en: 'Only the city bureau assigns a note to another unit',
  },
  opinion_explanation_required: {
    status: HttpStatus.BAD_REQUEST,
    'zh-CN': '研判回应时请填写解释口径',
    en: 'Please give the agreed explanation when taking the note up',
  },
  opinion_response_required: {
    status: HttpStatus.BAD_REQUEST,
    'zh-CN': '请填写实际回应内容',
    en: 'Please give the response that was made',
  },
  opinion_responded_on_required: {
    status: HttpStatus.BAD_REQUEST,
    'zh-CN': '请填写回应日期',
    en: 'Please give the date of the response',
  },
  opinion_responded_before_noted: {
    status: HttpStatus.BAD_REQUEST,
    'zh-CN': '回应日期不能早于舆情日期',
    en: 'The response cannot be dated before the note',
  },
  opinion_responded_in_future: {
    status: HttpStatus.BAD_REQUEST,
    'zh-CN': '回应日期不能晚于今天',
    en: 'The response date cannot be in the future',
  },
  opinion_channel_required: {
    status: HttpStatus.BAD_REQUEST,
    'zh-CN': '请选择回应渠道',
    en: 'Please choose the channel of the response',
  },
  opinion_reopen_reason_required: {
    status: HttpStatus.BAD_REQUEST,
    'zh-CN': '重新回应时请填写原因',
    en: 'Please give the reason for reopening',
  },
  opinion_delete_reason_required: {
    status: HttpStatus.BAD_REQUEST,
    'zh-CN': '删除舆情时请填写原因',
    en: 'Please give the reason for deleting the note',
  },
  opinion_month_range: {
    status: HttpStatus.BAD_REQUEST,
    'zh-CN': '起始月份不能晚于截止月份',
    en: 'The first month cannot be after the last',
  },
}) {}
