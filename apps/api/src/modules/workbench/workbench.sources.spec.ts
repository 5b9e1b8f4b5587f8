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
    ]);
    expect(kinds(Role.CityBureau)).toEqual([
      'pilots-to-recommend',
      'pilots-to-approve',
      'reports-to-review',
      'releases-to-check',
      'tasks-due',
      'milestones-due',
      'locked-accounts',
    ]);
    expect(kinds(Role.Enterprise)).toEqual([
      'pilots-returned',
      'reports-due',
      'reports-returned',
      'wage-uploads-rejected',
      'milestones-due',
    ]);
    expect(kinds(Role.SystemAdmin)).toEqual(['locked-accounts']);
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
    // reviewers are named responsible for ledger tasks but cannot open the ledger
    expect(kinds(Role.Reviewer)).toEqual([]);
  });
});
