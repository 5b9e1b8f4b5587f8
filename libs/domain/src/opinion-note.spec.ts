import { can } from './permissions';
import { Role } from './roles';
import { GuidelineChapter } from './case-study';
import {
  monthsFromTo,
  OPINION_NOTE_WORKFLOW,
  OpinionNoteAction,
  OpinionNoteStatus,
  opinionNoteProblems,
  OpinionSource,
  respondedOnProblem,
} from './opinion-note';
import { POLICY_TOPIC_KEYS, POLICY_TOPIC_LABELS, ProgrammeMeasureTopic } from './policy-topic';
import { ActorRelation, actionsFrom, nextState } from './workflow';
import { ALL_AUDIT_ACTION_LABELS } from './audit';

describe('public-opinion notes (舆情)', () => {
  it('walks monitoring → responding → responded → closed, and reopens a closed note to responding', () => {
    expect(actionsFrom(OPINION_NOTE_WORKFLOW, OpinionNoteStatus.Monitoring)).toEqual([
      OpinionNoteAction.Take,
    ]);
    expect(nextState(OPINION_NOTE_WORKFLOW, OpinionNoteStatus.Monitoring, OpinionNoteAction.Take)).toBe(
      OpinionNoteStatus.Responding,
    );
    expect(actionsFrom(OPINION_NOTE_WORKFLOW, OpinionNoteStatus.Responding)).toEqual([
      OpinionNoteAction.Respond,
    ]);
    expect(actionsFrom(OPINION_NOTE_WORKFLOW, OpinionNoteStatus.Responded)).toEqual([
      OpinionNoteAction.Close,
    ]);
    expect(actionsFrom(OPINION_NOTE_WORKFLOW, OpinionNoteStatus.Closed)).toEqual([OpinionNoteAction.Reopen]);
    expect(nextState(OPINION_NOTE_WORKFLOW, OpinionNoteStatus.Closed, OpinionNoteAction.Reopen)).toBe(
      OpinionNoteStatus.Responding,
    );
    // a note cannot be closed before it was answered
    expect(
      nextState(OPINION_NOTE_WORKFLOW, OpinionNoteStatus.Responding, OpinionNoteAction.Close),
    ).toBeNull();
    expect(OPINION_NOTE_WORKFLOW.actions.reopen.reasonRequired).toBe(true);
    for (const step of Object.values(OPINION_NOTE_WORKFLOW.actions)) {
      expect(step.actor).toBe(ActorRelation.ResponsibleUnit);
    }
    // every step is audited under its own label
    expect(ALL_AUDIT_ACTION_LABELS['opinion-note.take']['zh-CN']).toBe('舆情：研判回应');
  });

  it('tags topics as the policy Q&A does: the guideline chapters of the case studies and the programme measures', () => {
    expect(POLICY_TOPIC_KEYS).toHaveLength(14);
    expect(POLICY_TOPIC_LABELS[GuidelineChapter.Allowances]['zh-CN']).toBe('津贴补贴');
    expect(POLICY_TOPIC_LABELS[ProgrammeMeasureTopic.WageBenchmarks]['zh-CN']).toBe('工资价位发布');
  });

  it('names the field of each problem in a note', () => {
    const note = {
      source: OpinionSource.Hotline,
      notedOn: '2026-11-20',
      topics: [GuidelineChapter.Allowances],
      heat: 3,
    };
    expect(opinionNoteProblems(note, '2026-11-20')).toEqual([]);
    // 其他 needs the source named; a date after today; no topic; heat 6
    expect(
      opinionNoteProblems(
        { source: OpinionSource.Other, sourceDetail: ' ', notedOn: '2026-11-21', topics: [], heat: 6 },
        '2026-11-20',
      ).map((problem) => problem.field),
    ).toEqual(['sourceDetail', 'notedOn', 'topics', 'heat']);
    expect(opinionNoteProblems({ ...note, topics: ['salary-of-mayor'] }, '2026-11-20')).toEqual([
      { field: 'topics', code: 'opinion_topic_unknown' },
    ]);
    expect(respondedOnProblem('2026-11-19', '2026-11-20', '2026-11-25')).toBe(
      'opinion_responded_before_noted',
    );
    expect(respondedOnProblem('2026-11-26', '2026-11-20', '2026-11-25')).toBe('opinion_responded_in_future');
    expect(respondedOnProblem('2026-11-20', '2026-11-20', '2026-11-25')).toBeNull();
  });

  it('lists the months of a statistics axis across a year end', () => {
    expect(monthsFromTo('2026-11', '2027-02')).toEqual(['2026-11', '2026-12', '2027-01', '2027-02']);
    expect(monthsFromTo('2026-11', '2026-10')).toEqual([]);
  });

  it('lets the bureaus write notes, and nobody else near them', () => {
    for (const role of [Role.CityBureau, Role.DistrictBureau]) {
      for (const action of ['read', 'create', 'update', 'delete'] as const) {
        expect(can(role, 'opinionNotes', action)).toBe(true);
      }
    }
    for (const role of [Role.Enterprise, Role.Reviewer, Role.SystemAdmin, Role.AuditAdmin]) {
      expect(can(role, 'opinionNotes', 'read')).toBe(false);
    }
  });
});
