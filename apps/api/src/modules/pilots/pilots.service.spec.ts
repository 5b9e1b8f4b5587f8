import { EnterpriseSize, PilotAction, RegionLevel, Role } from '@skillpay/domain';
import { type Caller } from '../../common/auth/caller';
import { type PilotApplicationEntity } from './pilot-application.entity';
import { dateAfter } from './plan-writer';
import { actorFits, placeOf } from './pilots.service';

const caller = (role: Role, organisationId = 'org-x'): Caller => ({
  userId: 'u1',
  sessionId: 's1',
  username: 'someone',
  role,
  organisationId,
  regionCode: '370211',
  regionPath: '370000/370200/370211/',
  mustChangePassword: false,
});

/** An application of enterprise `ent-1` registered in `regionCode` (a district, or the city itself). */
const application = (regionCode: string): PilotApplicationEntity =>
  ({
    id: 'a1',
    enterpriseId: 'ent-1',
    enterprise: {
      size: EnterpriseSize.Large,
      organisation: {
        name: '企业',
        region: {
          code: regionCode,
          name: regionCode === '370200' ? '青岛市' : '黄岛区',
          nameEn: regionCode === '370200' ? 'Qingdao' : 'Huangdao',
          level: regionCode === '370200' ? RegionLevel.City : RegionLevel.District,
          parentCode: regionCode === '370200' ? '370000' : '370200',
        },
      },
    },
  }) as unknown as PilotApplicationEntity;

describe('actorFits', () => {
  it('lets only the enterprise itself submit and withdraw', () => {
    expect(actorFits(caller(Role.Enterprise, 'ent-1'), PilotAction.Submit, application('370211'))).toBe(true);
    expect(actorFits(caller(Role.Enterprise, 'ent-2'), PilotAction.Withdraw, application('370211'))).toBe(
      false,
    );
    expect(actorFits(caller(Role.DistrictBureau), PilotAction.Submit, application('370211'))).toBe(false);
  });

  it('gives the district step to the district bureau, and to the city bureau for 市直 enterprises', () => {
    expect(actorFits(caller(Role.DistrictBureau), PilotAction.Recommend, application('370211'))).toBe(true);
    expect(actorFits(caller(Role.CityBureau), PilotAction.Recommend, application('370211'))).toBe(false);
    expect(actorFits(caller(Role.CityBureau), PilotAction.Return, application('370200'))).toBe(true);
    expect(actorFits(caller(Role.DistrictBureau), PilotAction.Recommend, application('370200'))).toBe(false);
  });

  it('keeps the decision with the city bureau', () => {
    expect(actorFits(caller(Role.CityBureau), PilotAction.Approve, application('370211'))).toBe(true);
    expect(actorFits(caller(Role.DistrictBureau), PilotAction.Reject, application('370211'))).toBe(false);
  });
});

describe('placeOf', () => {
  it('finds the city of a district enterprise and marks city-direct ones', () => {
    expect(placeOf(application('370211'))).toMatchObject({
      cityDirect: false,
      districtCode: '370211',
      cityCode: '370200',
    });
    expect(placeOf(application('370200'))).toMatchObject({
      cityDirect: true,
      districtCode: null,
      cityCode: '370200',
    });
  });
});

describe('dateAfter', () => {
  it('counts days in China Standard Time: 20:00 UTC is already the next day in Qingdao', () => {
    expect(dateAfter(new Date('2026-11-21T20:00:00Z'), 30)).toBe('2026-12-22');
    expect(dateAfter(new Date('2026-11-21T10:00:00Z'), 0)).toBe('2026-11-21');
  });
});
