import { type WageFileError } from '@skillpay/domain';
import { renderError } from '../wage-uploads.service';
import { WAGE_FILE_MESSAGES } from './wage-file.messages';

describe('wage-file messages', () => {
  it('renders every stored code in both languages', () => {
    for (const code of Object.keys(WAGE_FILE_MESSAGES['zh-CN'])) {
      for (const language of ['zh-CN', 'en'] as const) {
        const { message } = renderError(
          { row: 3, column: 'monthsWorked', value: '13', code, params: {} },
          language,
        );
        expect(message).not.toContain('errors.');
      }
    }
  });

  it('fills the column and post category labels in the reader’s language', () => {
    const error: WageFileError = {
      row: 2,
      column: 'skillLevel',
      value: '四级',
      code: 'wage_skill_level_not_rated',
    };
    expect(renderError({ ...error, params: { category: 'management' } }, 'zh-CN').message).toBe(
      '管理岗位不评定技能等级，此列请留空',
    );
    expect(renderError({ ...error, params: { category: 'management' } }, 'en').message).toBe(
      'A Management post has no skill level; leave this column blank',
    );
    expect(
      renderError({ row: 1, column: 'monthsWorked', value: '', code: 'wage_required', params: {} }, 'en')
        .message,
    ).toBe('"Months worked" must not be empty');
  });
});
