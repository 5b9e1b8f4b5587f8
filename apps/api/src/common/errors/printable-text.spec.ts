import { validateSync } from 'class-validator';
import { IsPrintableText, isPrintableText } from './printable-text';

class Named {
  @IsPrintableText()
  name: string;
}

describe('IsPrintableText', () => {
  it.each(['黄岛区', 'Huangdao', 'A-B (C) 1', 'a\u200bb'])('accepts %p', (value) => {
    expect(isPrintableText(value)).toBe(true);
  });

  it.each(['a\u0000b', 'a\tb', 'a\nb', 'a\u007fb', 'a\u0085b', '\u200b', '\u200b\u200c\u200d\ufeff', '   '])(
    'refuses %p',
    (value) => expect(isPrintableText(value)).toBe(false),
  );

  it('reports the constraint under its own key', () => {
    const errors = validateSync(Object.assign(new Named(), { name: '\u200b' }));
    expect(Object.keys(errors[0].constraints ?? {})).toEqual(['isPrintableText']);
  });
});
