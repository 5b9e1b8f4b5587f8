import { AppException } from '../errors/app.exception';
import { findOddInput, OddInputPipe } from './odd-input';
import { PositiveIntParamPipe } from './uuid-param.pipe';

describe('findOddInput', () => {
  it('passes ordinary input, with tabs and line breaks and paired surrogates', () => {
    expect(
      findOddInput({ name: '黄岛区', note: 'a\tb\r\nc 😀', items: [{ n: 1 }, null, true] }, 'body'),
    ).toBeNull();
  });

  it('names the first string with a control character by its path', () => {
    expect(findOddInput({ address: 'a\u0000b' }, 'body')).toEqual({
      field: 'address',
      code: 'validation.noControlCharacters',
    });
    expect(findOddInput({ items: [{ name: 'ok' }, { name: 'x\u001by' }] }, 'body')).toMatchObject({
      field: 'items.1.name',
    });
  });

  it('names lone surrogates, high or low', () => {
    for (const text of ['\ud800', 'a\udc00', '\udbff\ud800']) {
      expect(findOddInput({ title: text }, 'body')).toMatchObject({ code: 'validation.noLoneSurrogates' });
    }
  });

  it('refuses __proto__, constructor and prototype keys, even as JSON.parse makes them', () => {
    for (const key of ['__proto__', 'constructor', 'prototype']) {
      expect(findOddInput(JSON.parse(`{"a":{"${key}":{"x":1}}}`), 'body')).toMatchObject({
        field: `a.${key}`,
        code: 'validation.forbiddenKey',
        params: { key },
      });
    }
  });

  it('refuses nesting deeper than the limit without overflowing the stack', () => {
    const deep = JSON.parse(`${'['.repeat(100_000)}${']'.repeat(100_000)}`);
    expect(findOddInput(deep, 'body')).toMatchObject({ field: 'body', code: 'validation.tooDeep' });
    expect(findOddInput(JSON.parse(`${'['.repeat(10)}${']'.repeat(10)}`), 'body', 10)).toBeNull();
  });

  it('checks a path parameter under its own name', () => {
    expect(() => new OddInputPipe().transform('\u0000', { type: 'param', data: 'code' })).toThrow(
      AppException,
    );
    try {
      new OddInputPipe().transform('\u0000', { type: 'param', data: 'code' });
    } catch (error) {
      expect((error as AppException).fields).toEqual([
        { field: 'code', code: 'validation.noControlCharacters' },
      ]);
    }
  });
});

describe('PositiveIntParamPipe', () => {
  const pipe = new PositiveIntParamPipe();
  const parse = (value: string) => pipe.transform(value, { type: 'param', data: 'version' });

  it('parses a version', () => expect(parse('3')).toBe(3));

  it.each(['99999999999999999999', '2147483648', 'abc', '1.5', '0', '-1', ''])('refuses %p', (value) => {
    expect(() => parse(value)).toThrow(AppException);
  });
});
