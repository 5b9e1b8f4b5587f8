import {
  BENCHMARK_RELEASE_WORKFLOW,
  BenchmarkReleaseAction,
  BenchmarkReleaseStatus,
  PILOT_WORKFLOW,
  PilotAction,
  PilotStatus,
  Role,
} from '@skillpay/domain';
import { type Caller } from '../auth/caller';
import { AccessService, type WorkflowSubject } from './access.service';

const caller = (role: Role, organisationId = 'org-x'): Caller => ({
  userId: 'u1',
  sessionId: 's1',
  username: 'someone',
  role,
  organisationId,
  regionCode: '370211',
  regionPath: '370000/370200/370211/',
  mustChangePassword: false,
  mustEnrolTwoFactor: false,
});

/** An application of enterprise `ent-1`, in a district or registered at the city itself (市直). */
const application = (status: PilotStatus, cityDirect = false): WorkflowSubject<PilotStatus> => ({
  id: 'a1',
  status,
  enterpriseId: 'ent-1',
  cityDirect,
});

describe('AccessService.canAct', () => {
  const access = new AccessService();
  const can = (who: Caller, action: PilotAction, subject: WorkflowSubject<PilotStatus>) =>
    access.canAct(who, PILOT_WORKFLOW, action, subject);

  it('lets only the enterprise itself submit and withdraw', () => {
    expect(can(caller(Role.Enterprise, 'ent-1'), PilotAction.Submit, application(PilotStatus.Draft))).toBe(
      true,
    );
    expect(can(caller(Role.Enterprise, 'ent-2'), PilotAction.Withdraw, application(PilotStatus.Draft))).toBe(
      false,
    );
    expect(can(caller(Role.DistrictBureau), PilotAction.Submit, application(PilotStatus.Draft))).toBe(false);
  });

  it('gives the district step to the district bureau, and to the city bureau for 市直 enterprises', () => {
    const submitted = application(PilotStatus.Submitted);
    expect(can(caller(Role.DistrictBureau), PilotAction.Recommend, submitted)).toBe(true);
    expect(can(caller(Role.CityBureau), PilotAction.Recommend, submitted)).toBe(false);
    const cityDirect = application(PilotStatus.Submitted, true);
    expect(can(caller(Role.CityBureau), PilotAction.Return, cityDirect)).toBe(true);
    expect(can(caller(Role.DistrictBureau), PilotAction.Recommend, cityDirect)).toBe(false);
  });

  it('keeps the decision with the city bureau, and only from the state the step starts in', () => {
    expect(can(caller(Role.CityBureau), PilotAction.Approve, application(PilotStatus.Recommended))).toBe(
      true,
    );
    expect(can(caller(Role.CityBureau), PilotAction.Approve, application(PilotStatus.Submitted))).toBe(false);
    expect(can(caller(Role.DistrictBureau), PilotAction.Reject, application(PilotStatus.Recommended))).toBe(
      false,
    );
  });

  it('lists the open actions of the one who may take them', () => {
    const recommended = application(PilotStatus.Recommended);
    expect(access.openActions(caller(Role.CityBureau), PILOT_WORKFLOW, recommended)).toEqual([
      PilotAction.Approve,
      PilotAction.Reject,
    ]);
    expect(access.openActions(caller(Role.Enterprise, 'ent-1'), PILOT_WORKFLOW, recommended)).toEqual([
      PilotAction.Withdraw,
    ]);
    const draft = { id: 'r1', status: BenchmarkReleaseStatus.Draft };
    expect(access.openActions(caller(Role.CityBureau), BENCHMARK_RELEASE_WORKFLOW, draft)).toEqual([
      BenchmarkReleaseAction.Review,
      BenchmarkReleaseAction.Discard,
    ]);
  });
});
