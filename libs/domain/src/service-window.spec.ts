import {
  daysBetween,
  isServiceRequestOverdue,
  monthRange,
  SERVICE_REQUEST_WORKFLOW,
  ServiceCategory,
  serviceDueOn,
  ServiceRequestAction,
  ServiceRequestStatus,
} from './service-window';
import { actionsFrom } from './workflow';

describe('service window', () => {
  it('computes due dates from the service level: working days skip weekends, calendar days do not', () => {
    // received Friday 2026-11-06; 子女入学 20 working days → four weeks later, Friday 2026-12-04
    expect(serviceDueOn(ServiceCategory.Schooling, '2026-11-06')).toBe('2026-12-04');
    // 其他: 10 working days from Wednesday 2026-11-11 → Wednesday 2026-11-25
    expect(serviceDueOn(ServiceCategory.Other, '2026-11-11')).toBe('2026-11-25');
    // 落户: 15 calendar days, across the month end
    expect(serviceDueOn(ServiceCategory.Hukou, '2026-11-20')).toBe('2026-12-05');
  });

  it('is overdue only while open and past its due date', () => {
    expect(
      isServiceRequestOverdue({ status: ServiceRequestStatus.InProgress, dueOn: '2026-11-20' }, '2026-11-21'),
    ).toBe(true);
    expect(
      isServiceRequestOverdue({ status: ServiceRequestStatus.InProgress, dueOn: '2026-11-21' }, '2026-11-21'),
    ).toBe(false);
    expect(
      isServiceRequestOverdue({ status: ServiceRequestStatus.Resolved, dueOn: '2026-11-01' }, '2026-11-21'),
    ).toBe(false);
  });

  it('walks received → assigned → in progress → resolved → closed, and reopens', () => {
    expect(actionsFrom(SERVICE_REQUEST_WORKFLOW, ServiceRequestStatus.Received)).toEqual([
      ServiceRequestAction.Assign,
    ]);
    expect(actionsFrom(SERVICE_REQUEST_WORKFLOW, ServiceRequestStatus.Resolved)).toEqual([
      ServiceRequestAction.Close,
      ServiceRequestAction.Reopen,
    ]);
    expect(SERVICE_REQUEST_WORKFLOW.actions.reopen.reasonRequired).toBe(true);
  });

  it('counts days and months', () => {
    expect(daysBetween('2026-10-01', '2026-10-11')).toBe(10);
    expect(monthRange('2026-02')).toEqual({ first: '2026-02-01', last: '2026-02-28' });
    expect(monthRange('2026-13')).toBeNull();
  });
});
