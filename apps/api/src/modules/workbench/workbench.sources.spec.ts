import { can, Role } from '@skillpay/domain';
import { workbenchSourcesFor } from './workbench.sources';

describe('workbench sources', () => {
  const kinds = (role: Role) => workbenchSourcesFor(role).map((source) => source.kind);

  it('gives each role the to-dos of its work', () => {
    expect(kinds(Role.DistrictBureau)).toEqual([
      'pilots-to-recommend',
      'reports-to-review',
      'tasks-due',
      'milestones-due',
      // bureaus manage the enterprise accounts of their area (locked ones show as theirs to unlock)
      'locked-accounts',
      'cases-to-endorse',
      'cases-returned',
      'talents-to-verify',
      'talents-stale',
      'talents-returned',
      'service-requests-to-assign',
      'service-requests-overdue',
    ]);
    expect(kinds(Role.CityBureau)).toEqual([
      'pilots-to-recommend',
      'pilots-to-approve',
      'reports-to-review',
      'releases-to-check',
      'talent-lists-to-check',
      'evaluation-reports-to-compile',
      'tasks-due',
      'milestones-due',
      'locked-accounts',
      'cases-to-endorse',
      'cases-to-assign',
      'cases-to-decide',
      'talents-to-verify',
      'talents-to-confirm',
      'talents-stale',
      'service-requests-to-assign',
      'service-requests-overdue',
    ]);
    expect(kinds(Role.Enterprise)).toEqual([
      'pilots-returned',
      'reports-due',
      'reports-returned',
      'wage-uploads-rejected',
      'milestones-due',
      'cases-returned',
      'talents-returned',
    ]);
    expect(kinds(Role.SystemAdmin)).toEqual(['locked-accounts']);
    // the audit administrator's home shows the audit log's state, not business to-dos
    expect(kinds(Role.AuditAdmin)).toEqual([]);
  });

  it('never gives a role a to-do whose page it cannot open', () => {
    for (const role of Object.values(Role)) {
      for (const source of workbenchSourcesFor(role)) {
        expect([role, source.kind, can(role, source.access.resource, source.access.action)]).toEqual([
          role,
          source.kind,
          true,
        ]);
      }
    }
    // reviewers open the ledger tasks they are responsible for on their own task pages, and their reviews
    expect(kinds(Role.Reviewer)).toEqual(['tasks-due', 'case-reviews-due']);
  });
});
