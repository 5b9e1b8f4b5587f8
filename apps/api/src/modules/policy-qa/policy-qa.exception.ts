import { HttpStatus } from '@nestjs/common';
import { featureException } from '../../common/errors/feature-errors';
import { registerMessages } from '../../common/errors/messages';

/** The policy Q&A's own errors; a step not possible now, or the maker publishing, are the kernel's. */
export class PolicyQaException extends featureException({
  policy_qa_not_editable: {
    status: HttpStatus.CONFLICT,
    'zh-CN': '政策问答“{{status}}”时不能修改或删除，请先撤回',
    en: 'A policy Q&A entry cannot be changed or deleted while "{{status}}"; withdraw it first',
  },
  policy_qa_unchanged: {
    status: HttpStatus.BAD_REQUEST,
    'zh-CN': '内容没有变化，未生成新版本',
    en: 'Nothing was changed, so no new version was made',
  },
  policy_qa_withdraw_reason_required: {
    status: HttpStatus.BAD_REQUEST,
    'zh-CN': '撤回政策问答时请填写原因',
    en: 'Please give the reason for withdrawing the entry',
  },
}) {}

// the labels of the entry's fields in 400s ("问题不能为空", "Answer must not be empty")
registerMessages({
  'zh-CN': {
    fields: { question: '问题', answer: '解答', citations: '政策依据', topics: '主题' },
  },
  en: {
    fields: { question: 'Question', answer: 'Answer', citations: 'Policy basis', topics: 'Topics' },
  },
});
