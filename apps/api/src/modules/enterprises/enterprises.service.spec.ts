import { HttpStatus } from '@nestjs/common';
import { RegionLevel } from '@skillpay/domain';
import { type RegionEntity } from '../regions/region.entity';
import { checkEnterpriseRegion, creditCodeProblem } from './enterprises.service';

const region = (code: string, level: RegionLevel, path: string) => ({ code, level, path }) as RegionEntity;
const huangdao = region('370211', RegionLevel.District, '370000/370200/370211/');
const qingdao = region('370200', RegionLevel.City, '370000/370200/');
const shandong = region('370000', RegionLevel.Province, '370000/');

describe('creditCodeProblem', () => {
  it('passes a valid code and names the check character, position or length otherwise', () => {
    expect(creditCodeProblem('91440300708461136T')).toBeNull();
    expect(creditCodeProblem('91440300708461136X')).toEqual({
      field: 'creditCode',
      code: 'errors.credit_code_check',
      params: { expected: 'T', actual: 'X' },
    });
    expect(creditCodeProblem('9144030070846O136T', 'rows[2].creditCode')).toMatchObject({
      field: 'rows[2].creditCode',
      params: { position: 14, character: 'O' },
    });
    expect(creditCodeProblem('914403')).toMatchObject({
      code: 'errors.credit_code_length',
      params: { length: 6 },
    });
  });
});

describe('checkEnterpriseRegion', () => {
  const district = { kind: 'region', regionPath: '370000/370200/370211/' } as const;
  const city = { kind: 'region', regionPath: '370000/370200/' } as const;

  it('lets the city register in its districts and as 市直, a district only in itself', () => {
    expect(checkEnterpriseRegion(huangdao, '370211', city).ok).toBe(true);
    expect(checkEnterpriseRegion(qingdao, '370200', city).ok).toBe(true);
    expect(checkEnterpriseRegion(huangdao, '370211', district).ok).toBe(true);
    expect(checkEnterpriseRegion(qingdao, '370200', district)).toMatchObject({
      ok: false,
      status: HttpStatus.FORBIDDEN,
    });
  });

  it('refuses unknown regions and provinces as bad input', () => {
    expect(checkEnterpriseRegion(null, '999999', city)).toMatchObject({
      ok: false,
      status: HttpStatus.BAD_REQUEST,
    });
    expect(checkEnterpriseRegion(shandong, '370000', city)).toMatchObject({
      ok: false,
      status: HttpStatus.BAD_REQUEST,
      problem: { code: 'errors.region_not_in_city' },
    });
  });
});
