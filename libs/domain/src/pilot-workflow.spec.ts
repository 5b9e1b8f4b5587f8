import { PILOT_WORKFLOW, PilotAction, PilotStatus } from './pilot-workflow';
import { actionsFrom, nextState } from './workflow';

const nextPilotStatus = (status: PilotStatus, action: PilotAction) =>
  nextState(PILOT_WORKFLOW, status, action);
const pilotActionsFrom = (status: PilotStatus) => actionsFrom(PILOT_WORKFLOW, status);

describe('pilot selection workflow (Qingdao 三(一))', () => {
  it('walks the happy path: submit → recommend → approve', () => {
    const submitted = nextPilotStatus(PilotStatus.Draft, PilotAction.Submit)!;
    const recommended = nextPilotStatus(submitted, PilotAction.Recommend)!;
    expect(nextPilotStatus(recommended, PilotAction.Approve)).toBe(PilotStatus.Approved);
  });

  it('lets a returned application be submitted again', () => {
    expect(nextPilotStatus(PilotStatus.Submitted, PilotAction.Return)).toBe(PilotStatus.Returned);
    expect(nextPilotStatus(PilotStatus.Returned, PilotAction.Submit)).toBe(PilotStatus.Submitted);
  });

  it('allows withdrawal before approval only', () => {
    for (const status of [
      PilotStatus.Draft,
      PilotStatus.Submitted,
      PilotStatus.Returned,
      PilotStatus.Recommended,
    ]) {
      expect(nextPilotStatus(status, PilotAction.Withdraw)).toBe(PilotStatus.Withdrawn);
    }
    expect(nextPilotStatus(PilotStatus.Approved, PilotAction.Withdraw)).toBeNull();
  });

  it('refuses skipping the district: the city cannot approve a merely submitted application', () => {
    expect(nextPilotStatus(PilotStatus.Submitted, PilotAction.Approve)).toBeNull();
    expect(nextPilotStatus(PilotStatus.Draft, PilotAction.Recommend)).toBeNull();
  });

  it('ends in approved, rejected and withdrawn', () => {
    expect(pilotActionsFrom(PilotStatus.Approved)).toEqual([]);
    expect(pilotActionsFrom(PilotStatus.Rejected)).toEqual([]);
    expect(pilotActionsFrom(PilotStatus.Withdrawn)).toEqual([]);
    expect(pilotActionsFrom(PilotStatus.Recommended)).toEqual([
      PilotAction.Approve,
      PilotAction.Reject,
      PilotAction.Withdraw,
    ]);
  });
});
