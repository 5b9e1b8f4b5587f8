import { CaseStatus, OrganisationType, Role } from '@skillpay/domain';
import { newCase } from '../../../test/case-builders';
import { newEnterprise } from '../../../test/enterprise-builders';
import { chinaDay, newProgramme } from '../../../test/programme-builders';
import {
  bearer,
  createTestApp,
  login,
  newOrganisation,
  newUser,
  type Session,
  type TestApp,
} from '../../../test/test-app';
import { type OrganisationEntity } from '../organisations/organisation.entity';
import { CaseReviewReminders } from './case-review-reminders';
import { CaseReviewRemindersRepository } from './case-review-reminders.repository';

/**
 * The default rubric's worked example (docs/case-studies.md): weights 25/20/25/15/15, scale 1–5.
 *   scores 4,5,3,4,5 → (25·4 + 20·5 + 25·3 + 15·4 + 15·5) / 5 = (100+100+75+60+75) / 5 = 410/5 = 82
 *   scores 3,4,3,3,4 → (25·3 + 20·4 + 25·3 + 15·3 + 15·4) / 5 = (75+80+75+45+60)   / 5 = 335/5 = 67
 *   scores 2,2,2,2,2 → 100·2 / 5 = 40
 * 82 and 67: mean 74.5, spread 15 — not above the default threshold of 15, so no disagreement;
 * 82 and 40: spread 42 > 15, a disagreement (the city adds a third reviewer).
 */
const KEYS = ['skill-value', 'replicable', 'evidence', 'participation', 'compliance'];
const scoresOf = (values: number[]) => Object.fromEntries(KEYS.map((key, i) => [key, values[i]]));
const SCORES_82 = scoresOf([4, 5, 3, 4, 5]);
const SCORES_67 = scoresOf([3, 4, 3, 3, 4]);
const SCORES_40 = scoresOf([2, 2, 2, 2, 2]);

describe('case review', () => {
  let t: TestApp;
  let city: Session;
  let cityBureau: OrganisationEntity;
  let programmeId: string;
  const reviewers: Record<
    'union' | 'union2' | 'confed' | 'fic',
    { session: Session; userId: string; organisation: OrganisationEntity }
  > = {} as never;

  beforeAll(async () => {
    t = await createTestApp();
    cityBureau = await newOrganisation(t.dataSource, {
      type: OrganisationType.CityBureau,
      regionCode: '370200',
    });
    city = await login(t, (await newUser(t.dataSource, cityBureau, Role.CityBureau)).username);
    programmeId = await newProgramme(t.dataSource);
    const union = await newOrganisation(t.dataSource, {
      type: OrganisationType.TradeUnion,
      regionCode: '370200',
      name: '测试总工会',
    });
    const kinds = {
      union,
      union2: union,
      confed: await newOrganisation(t.dataSource, {
        type: OrganisationType.EnterpriseConfederation,
        regionCode: '370200',
        name: '测试企业联合会',
      }),
      fic: await newOrganisation(t.dataSource, {
        type: OrganisationType.IndustryCommerceFederation,
        regionCode: '370200',
        name: '测试工商联',
      }),
    };
    for (const [key, organisation] of Object.entries(kinds)) {
      const user = await newUser(t.dataSource, organisation, Role.Reviewer, { displayName: `评审${key}` });
      reviewers[key as keyof typeof reviewers] = {
        session: await login(t, user.username),
        userId: user.id,
        organisation,
      };
    }
  });
  afterAll(() => t.close());

  const http = () => t.http();
  const get = (session: Session, path: string) => http().get(path).set(bearer(session));
  const post = (session: Session, path: string, body: object = {}, language = 'zh-CN') =>
    http().post(path).set(bearer(session)).set('Accept-Language', language).send(body);
  const put = (session: Session, path: string, body: object, headers: Record<string, string> = {}) =>
    http().put(path).set(bearer(session)).set(headers).send(body);

  async function endorsedCase() {
    const enterprise = await newEnterprise(t.dataSource, { regionCode: '370211' });
    const { caseStudy, version } = await newCase(t.dataSource, {
      enterpriseId: enterprise.id,
      programmeId,
      status: CaseStatus.Endorsed,
    });
    return { id: caseStudy.id, title: version.title, enterprise };
  }

  const assign = (
    caseId: string,
    keys: Array<keyof typeof reviewers>,
    due = chinaDay(14),
    language = 'zh-CN',
  ) =>
    post(
      city,
      `/api/cases/${caseId}/assignments`,
      { reviewers: keys.map((key) => ({ userId: reviewers[key].userId, dueDate: due })) },
      language,
    );

  async function score(key: keyof typeof reviewers, caseId: string, scores: object, submit = true) {
    const session = reviewers[key].session;
    await put(session, `/api/cases/${caseId}/reviews/mine`, {
      scores,
      comment: '做法清楚，数据可核验',
      recommendation: 'select',
    }).expect(200);
    if (submit) await post(session, `/api/cases/${caseId}/reviews/mine/submit`).expect(200);
  }

  const count = async (sql: string, params: unknown[] = []) =>
    Number((await t.dataSource.query<Array<{ n: string }>>(sql, params))[0].n);

  it('runs from assignment to decision: blind reviews, weighted totals, mean, spread, the city selects', async () => {
    const c = await endorsedCase();
    const board = await get(city, `/api/cases/${c.id}/assignments`).expect(200);
    expect(board.body.canAssign).toBe(true);
    expect(board.body.candidates.map((r: { userId: string }) => r.userId)).toEqual(
      expect.arrayContaining([reviewers.union.userId, reviewers.confed.userId, reviewers.fic.userId]),
    );

    const assigned = await assign(c.id, ['union', 'confed']).expect(201);
    expect(assigned.body.status).toBe(CaseStatus.UnderReview);
    expect(assigned.body.items).toHaveLength(2);
    expect(assigned.body.items.every((a: { state: string }) => a.state === 'pending')).toBe(true);
    expect(
      await count(
        `SELECT count(*) AS n FROM workflow_transition WHERE subject_id = $1 AND action = 'start-review'`,
        [c.id],
      ),
    ).toBe(1);
    expect(
      await count(
        `SELECT count(*) AS n FROM notification WHERE recipient_organisation_id = $1 AND kind = 'case-review.assigned' AND link = $2`,
        [reviewers.confed.organisation.id, `/my-reviews/${c.id}`],
      ),
    ).toBe(1);

    // the union reviewer sees the case it reviews and its own empty review
    const opened = await get(reviewers.union.session, `/api/cases/${c.id}/reviews`).expect(200);
    expect(opened.body.case.title).toBe(c.title);
    expect(opened.body.case.results[0]).toMatchObject({
      indicator: '新员工月度绩效工资',
      before: 495,
      after: 1420,
    });
    expect(opened.body.criteria.map((criterion: { key: string }) => criterion.key)).toEqual(KEYS);
    expect(opened.body.mine).toMatchObject({ state: 'pending', editable: true, weightedTotal: null });
    const mine = await get(reviewers.union.session, '/api/my-reviews').expect(200);
    expect(mine.body.items.find((i: { caseId: string }) => i.caseId === c.id)).toMatchObject({
      state: 'pending',
      overdue: false,
      dueDate: chinaDay(14),
    });

    await score('union', c.id, SCORES_82);
    // blind: the confederation's reviewer, before submitting, sees no other scores
    const blind = await get(reviewers.confed.session, `/api/cases/${c.id}/reviews`).expect(200);
    expect(blind.body.reviews).toEqual([]);
    expect(JSON.stringify(blind.body)).not.toContain(reviewers.union.userId);
    await score('confed', c.id, SCORES_67, false);
    const stillBlind = await get(reviewers.confed.session, `/api/cases/${c.id}/reviews`).expect(200);
    expect(stillBlind.body.mine).toMatchObject({ state: 'in-progress', weightedTotal: 67 });
    expect(stillBlind.body.reviews).toEqual([]);
    await post(reviewers.confed.session, `/api/cases/${c.id}/reviews/mine/submit`).expect(200);

    // both in: each sees the other's review
    const open = await get(reviewers.confed.session, `/api/cases/${c.id}/reviews`).expect(200);
    expect(open.body.reviews).toHaveLength(1);
    expect(open.body.reviews[0]).toMatchObject({ weightedTotal: 82, scores: SCORES_82 });
    expect(
      await count(
        `SELECT count(*) AS n FROM notification WHERE recipient_organisation_id = $1 AND kind = 'case-review.complete'`,
        [cityBureau.id],
      ),
    ).toBeGreaterThanOrEqual(1);

    const all = await get(city, `/api/cases/${c.id}/reviews`).expect(200);
    expect(all.body.reviews.map((r: { weightedTotal: number }) => r.weightedTotal).sort()).toEqual([67, 82]);
    expect(all.body.summary).toEqual({
      versionNo: 1,
      assigned: 2,
      submitted: 2,
      mean: 74.5,
      spread: 15,
      disagreement: false,
      disagreementThreshold: 15,
      decidable: true,
    });
    expect(all.body.decisions).toEqual(['select', 'request-revision', 'reject']);

    const decided = await post(city, `/api/cases/${c.id}/decision`, { decision: 'select' }).expect(200);
    expect(decided.body.status).toBe(CaseStatus.Selected);
    expect(
      await count(`SELECT count(*) AS n FROM audit_log WHERE entity_id = $1 AND action = 'case.select'`, [
        c.id,
      ]),
    ).toBe(1);
    expect(
      await count(
        `SELECT count(*) AS n FROM notification WHERE recipient_organisation_id = $1 AND kind = 'case.select'`,
        [c.enterprise.id],
      ),
    ).toBe(1);
    // decided: the reviews are closed
    await put(reviewers.union.session, `/api/cases/${c.id}/reviews/mine`, { comment: '补充' }).expect(409);
  });

  it('flags a disagreement when totals lie further apart than the threshold, and a third reviewer can be added', async () => {
    const c = await endorsedCase();
    await assign(c.id, ['union', 'confed']).expect(201);
    await score('union', c.id, SCORES_82);
    await score('confed', c.id, SCORES_40);
    const all = await get(city, `/api/cases/${c.id}/reviews`).expect(200);
    expect(all.body.summary).toMatchObject({ mean: 61, spread: 42, disagreement: true });
    // one more reviewer alone is enough: the case already has two kinds of organisation
    const third = await assign(c.id, ['fic']).expect(201);
    expect(third.body.items).toHaveLength(3);
    const blindAgain = await get(reviewers.union.session, `/api/cases/${c.id}/reviews`).expect(200);
    expect(blindAgain.body.reviews).toEqual([]);
  });

  it('refuses a reviewer linked to the enterprise with 409 naming the link, and writes nothing', async () => {
    const c = await endorsedCase();
    const link = await post(city, '/api/conflict-links', {
      reviewerOrganisationId: reviewers.union.organisation.id,
      enterpriseId: c.enterprise.id,
      kind: 'membership',
      note: '该企业为市总工会会员单位',
    }).expect(201);
    expect(link.body).toMatchObject({
      reviewerOrganisationName: '测试总工会',
      kind: 'membership',
      reviewerUserId: null,
    });
    await post(city, '/api/conflict-links', {
      reviewerOrganisationId: reviewers.union.organisation.id,
      enterpriseId: c.enterprise.id,
      kind: 'membership',
    }).expect(409);
    const listed = await get(city, `/api/conflict-links?enterpriseId=${c.enterprise.id}`).expect(200);
    expect(listed.body.items).toHaveLength(1);
    const board = await get(city, `/api/cases/${c.id}/assignments`).expect(200);
    expect(
      board.body.candidates.find((r: { userId: string }) => r.userId === reviewers.union.userId).conflict.id,
    ).toBe(link.body.id);

    const audits = await count(`SELECT count(*) AS n FROM audit_log`);
    const refused = await assign(c.id, ['union', 'confed']).expect(409);
    expect(refused.body.message).toContain('测试总工会');
    expect(refused.body.message).toContain('会员关系');
    expect(refused.body.conflictLink).toMatchObject({ id: link.body.id, kind: 'membership' });
    const english = await assign(c.id, ['confed', 'union'], chinaDay(14), 'en').expect(409);
    expect(english.body.message).toContain('Membership');
    expect(await count(`SELECT count(*) AS n FROM case_assignment WHERE case_id = $1`, [c.id])).toBe(0);
    expect(await count(`SELECT count(*) AS n FROM workflow_transition WHERE subject_id = $1`, [c.id])).toBe(
      0,
    );
    expect(await count(`SELECT count(*) AS n FROM audit_log`)).toBe(audits);
    expect((await t.dataSource.query(`SELECT status FROM case_study WHERE id = $1`, [c.id]))[0].status).toBe(
      CaseStatus.Endorsed,
    );

    // the link removed (softly, audited), the same pair may be assigned
    await http().delete(`/api/conflict-links/${link.body.id}`).set(bearer(city)).expect(204);
    expect(
      await count(
        `SELECT count(*) AS n FROM audit_log WHERE entity_id = $1 AND action = 'conflict-link.delete'`,
        [link.body.id],
      ),
    ).toBe(1);
    await assign(c.id, ['union', 'confed']).expect(201);
  });

  it('needs two reviewers of two kinds of organisation (400 naming reviewers), and refuses past due dates', async () => {
    const c = await endorsedCase();
    const one = await assign(c.id, ['union']).expect(400);
    expect(one.body.details.map((d: { field: string }) => d.field)).toContain('reviewers');
    const sameKind = await assign(c.id, ['union', 'union2']).expect(400);
    expect(sameKind.body.details.map((d: { field: string }) => d.field)).toContain('reviewers');
    const past = await assign(c.id, ['union', 'confed'], chinaDay(-1)).expect(400);
    expect(past.body.details.map((d: { field: string }) => d.field)).toContain('reviewers.0.dueDate');
    expect(await count(`SELECT count(*) AS n FROM case_assignment WHERE case_id = $1`, [c.id])).toBe(0);
    // a district bureau or a reviewer does not assign
    await post(reviewers.fic.session, `/api/cases/${c.id}/assignments`, {
      reviewers: [{ userId: reviewers.fic.userId, dueDate: chinaDay(3) }],
    }).expect(403);
  });

  it('withdraws the assignment of a reviewer who declares a conflict, audits it and tells the city', async () => {
    const c = await endorsedCase();
    await assign(c.id, ['union', 'confed']).expect(201);
    await post(reviewers.union.session, `/api/cases/${c.id}/reviews/mine/declare-conflict`, {
      reason: ' ',
    }).expect(400);
    await post(reviewers.union.session, `/api/cases/${c.id}/reviews/mine/declare-conflict`, {
      reason: '本人配偶在该企业任职',
    }).expect(200);
    const [assignment] = await t.dataSource.query(
      `SELECT id, withdrawn_at, withdrawal_reason FROM case_assignment WHERE case_id = $1 AND reviewer_user_id = $2`,
      [c.id, reviewers.union.userId],
    );
    expect(assignment.withdrawn_at).not.toBeNull();
    expect(assignment.withdrawal_reason).toBe('本人配偶在该企业任职');
    const [audit] = await t.dataSource.query(
      `SELECT actor_id, after FROM audit_log WHERE entity_id = $1 AND action = 'case-review.declare-conflict'`,
      [assignment.id],
    );
    expect(audit).toMatchObject({
      actor_id: reviewers.union.userId,
      after: expect.objectContaining({ caseId: c.id }),
    });
    const [notice] = await t.dataSource.query(
      `SELECT title_zh, link FROM notification WHERE recipient_organisation_id = $1 AND kind = 'case-review.conflict-declared' AND link = $2`,
      [cityBureau.id, `/cases/${c.id}/review`],
    );
    expect(notice.title_zh).toContain('利益冲突');
    // the case is the union reviewer's no more
    await get(reviewers.union.session, `/api/cases/${c.id}/reviews`).expect(404);
    const board = await get(city, `/api/cases/${c.id}/assignments`).expect(200);
    expect(
      board.body.items.find(
        (a: { reviewer: { userId: string } }) => a.reviewer.userId === reviewers.union.userId,
      ).state,
    ).toBe('withdrawn');
    // the city assigns another: fic with the confederation makes two kinds again
    await assign(c.id, ['fic']).expect(201);
  });

  it('refuses a decision with one submitted review (409) and keeps the case under review', async () => {
    const c = await endorsedCase();
    await assign(c.id, ['union', 'confed']).expect(201);
    await score('union', c.id, SCORES_82);
    const refused = await post(city, `/api/cases/${c.id}/decision`, { decision: 'select' }).expect(409);
    expect(refused.body.message).toContain('1');
    const noReason = await post(city, `/api/cases/${c.id}/decision`, { decision: 'reject' }).expect(400);
    expect(noReason.body.details[0].field).toBe('reason');
    expect((await t.dataSource.query(`SELECT status FROM case_study WHERE id = $1`, [c.id]))[0].status).toBe(
      CaseStatus.UnderReview,
    );
    await score('confed', c.id, SCORES_67);
    await post(city, `/api/cases/${c.id}/decision`, {
      decision: 'request-revision',
      reason: '请补充成效数据口径',
    }).expect(200);
  });

  it('answers 404 to a reviewer probing a case it is not assigned to, and audits the probe', async () => {
    const c = await endorsedCase();
    await assign(c.id, ['union', 'confed']).expect(201);
    await get(reviewers.fic.session, `/api/cases/${c.id}/reviews`).expect(404);
    await put(reviewers.fic.session, `/api/cases/${c.id}/reviews/mine`, { comment: 'x' }).expect(404);
    const [probe] = await t.dataSource.query(
      `SELECT actor_id, outcome, after FROM audit_log WHERE action = 'access.denied' AND entity_type = 'case_study' AND entity_id = $1 ORDER BY occurred_at LIMIT 1`,
      [c.id],
    );
    expect(probe).toMatchObject({ actor_id: reviewers.fic.userId, outcome: 'denied' });
    expect(probe.after.reason).toBe('out_of_scope');
    // a case that does not exist answers alike
    await get(reviewers.fic.session, '/api/cases/00000000-0000-4000-8000-000000000000/reviews').expect(404);
  });

  it('lets a reviewer change scores until submitted (stale If-Match 412), not after (409)', async () => {
    const c = await endorsedCase();
    await assign(c.id, ['union', 'confed']).expect(201);
    const path = `/api/cases/${c.id}/reviews/mine`;
    const session = reviewers.union.session;
    const first = await put(session, path, { scores: { 'skill-value': 3 } }).expect(200);
    const tag = first.headers.etag as string;
    expect(first.body).toMatchObject({
      state: 'in-progress',
      scores: { 'skill-value': 3 },
      weightedTotal: null,
    });
    const second = await put(session, path, { scores: { 'skill-value': 4 } }, { 'If-Match': tag }).expect(
      200,
    );
    expect(second.body.scores['skill-value']).toBe(4);
    await put(session, path, { scores: { 'skill-value': 5 } }, { 'If-Match': tag }).expect(412);
    const outOfScale = await put(session, path, { scores: { evidence: 6 } }).expect(400);
    expect(outOfScale.body.details[0].field).toBe('scores.evidence');
    await put(session, path, { scores: { evidence: 2.5 } }).expect(400);
    const unknown = await put(session, path, { scores: { luck: 3 } }).expect(400);
    expect(unknown.body.details[0].field).toBe('scores.luck');
    const incomplete = await post(session, `${path}/submit`).expect(400);
    expect(incomplete.body.details.map((d: { field: string }) => d.field)).toEqual(
      expect.arrayContaining(['scores.replicable', 'recommendation']),
    );
    await put(session, path, { scores: SCORES_82, recommendation: 'revise' }).expect(200);
    const submitted = await post(session, `${path}/submit`).expect(200);
    expect(submitted.body).toMatchObject({ state: 'submitted', weightedTotal: 82, editable: false });
    await put(session, path, { scores: { 'skill-value': 1 } }).expect(409);
    await post(session, `${path}/submit`).expect(409);
    await post(session, `${path}/declare-conflict`, { reason: '迟到的声明' }).expect(409);
  });

  it('reminds reviewers before and after the due date, and the city once a review is overdue', async () => {
    const soon = await endorsedCase();
    await assign(soon.id, ['union', 'confed'], chinaDay(3)).expect(201);
    const late = await endorsedCase();
    await assign(late.id, ['union', 'confed'], chinaDay(20)).expect(201);
    await t.dataSource.query(`UPDATE case_assignment SET due_date = $2 WHERE case_id = $1`, [
      late.id,
      chinaDay(-2),
    ]);
    await score('confed', late.id, SCORES_67); // submitted: no reminder for it
    const far = await endorsedCase();
    await assign(far.id, ['union', 'confed'], chinaDay(30)).expect(201);

    const reminders = await new CaseReviewReminders(
      new CaseReviewRemindersRepository(t.dataSource),
    ).reminders(chinaDay(0));
    const about = (caseId: string) => reminders.filter((r) => r.link.includes(caseId));
    expect(about(far.id)).toEqual([]);
    expect(about(soon.id).map((r) => [r.recipientOrganisationId, r.kind])).toEqual(
      expect.arrayContaining([
        [reviewers.union.organisation.id, 'reminder.case-review-due-soon'],
        [reviewers.confed.organisation.id, 'reminder.case-review-due-soon'],
      ]),
    );
    expect(about(soon.id).some((r) => r.recipientOrganisationId === cityBureau.id)).toBe(false);
    const overdue = about(late.id);
    expect(overdue.filter((r) => r.recipientOrganisationId === reviewers.confed.organisation.id)).toEqual([]);
    expect(overdue.find((r) => r.recipientOrganisationId === reviewers.union.organisation.id)).toMatchObject({
      kind: 'reminder.case-review-overdue',
      link: `/my-reviews/${late.id}`,
      resource: 'caseReviews',
    });
    expect(overdue.find((r) => r.recipientOrganisationId === cityBureau.id)).toMatchObject({
      link: `/cases/${late.id}/review`,
      overdue: true,
    });
    expect(overdue.find((r) => r.recipientOrganisationId === cityBureau.id)!.title['zh-CN']).toContain(
      `截止 ${chinaDay(-2)}`,
    );
    const listed = await get(reviewers.union.session, '/api/my-reviews').expect(200);
    expect(listed.body.items.find((i: { caseId: string }) => i.caseId === late.id)).toMatchObject({
      overdue: true,
    });
  });

  it('keeps a rubric per programme: default until set, weights summing to 100, used by later assignments', async () => {
    const fresh = await newProgramme(t.dataSource);
    const initial = await get(city, `/api/case-rubrics/${fresh}`).expect(200);
    expect(initial.body).toMatchObject({ isDefault: true, disagreementThreshold: 15, version: 0 });
    expect(initial.body.criteria.map((c: { weight: number }) => c.weight)).toEqual([25, 20, 25, 15, 15]);
    const criteria = initial.body.criteria
      .slice(0, 2)
      .map((c: object, i: number) => ({ ...c, weight: [60, 30][i] }));
    const bad = await put(city, `/api/case-rubrics/${fresh}`, { criteria, disagreementThreshold: 10 }).expect(
      400,
    );
    expect(bad.body.details[0].field).toBe('criteria');
    criteria[1].weight = 40;
    const saved = await put(
      city,
      `/api/case-rubrics/${fresh}`,
      { criteria, disagreementThreshold: 10 },
      {
        'If-Match': initial.headers.etag as string,
      },
    ).expect(200);
    expect(saved.body).toMatchObject({ isDefault: false, version: 1, disagreementThreshold: 10 });
    await get(reviewers.union.session, `/api/case-rubrics/${fresh}`).expect(404);

    const enterprise = await newEnterprise(t.dataSource, { regionCode: '370211' });
    const { caseStudy } = await newCase(t.dataSource, { enterpriseId: enterprise.id, programmeId: fresh });
    await assign(caseStudy.id, ['union', 'fic']).expect(201);
    const opened = await get(reviewers.fic.session, `/api/cases/${caseStudy.id}/reviews`).expect(200);
    expect(opened.body.criteria.map((c: { weight: number }) => c.weight)).toEqual([60, 40]);
  });
});
