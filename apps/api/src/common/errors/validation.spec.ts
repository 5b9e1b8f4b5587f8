import { IsEnum, MaxLength, ValidateNested, validateSync } from 'class-validator';
import { Type } from 'class-transformer';
import { Role } from '@skillpay/domain';
import { flattenValidationErrors } from './validation';
import { fieldLabel, translate } from './messages';

class Address {
  @MaxLength(5)
  street: string;
}

class Payload {
  @MaxLength(3)
  name: string;

  @IsEnum(Role)
  role: string;

  @ValidateNested()
  @Type(() => Address)
  address: Address;
}

describe('validation problems', () => {
  const payload = Object.assign(new Payload(), {
    name: 'toolong',
    role: 'king',
    address: Object.assign(new Address(), { street: '123456' }),
  });
  const problems = flattenValidationErrors(validateSync(payload));

  it('carry the decorator arguments and nested field paths', () => {
    expect(problems).toEqual([
      { field: 'name', code: 'validation.maxLength', params: { c0: 3 } },
      expect.objectContaining({
        field: 'role',
        code: 'validation.isEnum',
        params: expect.objectContaining({ values: expect.stringContaining('city_bureau') }),
      }),
      { field: 'address.street', code: 'validation.maxLength', params: { c0: 5 } },
    ]);
  });

  it('read naturally in both languages', () => {
    expect(
      translate('zh-CN', 'validation.maxLength', {
        ...problems[0].params,
        field: fieldLabel('zh-CN', 'name'),
      }),
    ).toBe('名称最多 3 个字符');
    expect(
      translate('en', 'validation.maxLength', { ...problems[0].params, field: fieldLabel('en', 'name') }),
    ).toBe('Name must have at most 3 characters');
    expect(fieldLabel('en', 'address.street')).toBe('address.street');
  });
});
