import { breadcrumbTrail } from './breadcrumb-trail';

describe('breadcrumb trail from the route declarations', () => {
  const pages = ['', 'new', 'import', ':id', ':id/edit'];

  it('names a detail page and links it from its edit page', () => {
    expect(breadcrumbTrail('/enterprises', pages, ':id/edit', { id: '42' })).toEqual([
      { segment: 'detail', href: '/enterprises/42' },
      { segment: 'edit', href: undefined },
    ]);
  });

  it('has one step for a page directly under its screen, and none for the screen itself', () => {
    expect(breadcrumbTrail('/enterprises', pages, 'new', {})).toEqual([{ segment: 'new', href: undefined }]);
    expect(breadcrumbTrail('/enterprises', pages, '', {})).toEqual([]);
  });

  it('does not link a step that is no page of its own', () => {
    expect(breadcrumbTrail('/pilot-applications', ['', 'profile/edit'], 'profile/edit', {})).toEqual([
      { segment: 'profile', href: undefined },
      { segment: 'edit', href: undefined },
    ]);
    expect(breadcrumbTrail('/pay-tools', ['', 'plans', 'plans/:id'], 'plans/:id', { id: 'a b' })).toEqual([
      { segment: 'plans', href: '/pay-tools/plans' },
      { segment: 'detail', href: undefined },
    ]);
  });
});
