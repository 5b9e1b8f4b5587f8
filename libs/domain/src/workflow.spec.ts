import { PilotAction, PILOT_WORKFLOW, PilotStatus } from './pilot-workflow';
import { placeOfRegion, RegionLevel } from './regions';
import { ActorRelation, actionsFrom, defineWorkflow, nextState } from './workflow';

describe('the workflow kernel', () => {
  it('refuses a declaration whose action leads to a state it does not declare', () => {
    expect(() =>
      defineWorkflow<'draft', 'submit'>({
        name: 'broken',
        subject: { 'zh-CN': '稿件', en: 'draft' },
        states: { draft: { 'zh-CN': '草稿', en: 'Draft' } },
        editableIn: [],
        actions: {
          submit: {
            from: ['draft'],
            to: 'sent' as 'draft',
            actor: ActorRelation.SubjectEnterprise,
            reasonRequired: false,
            label: { 'zh-CN': '报送', en: 'Submit' },
          },
        },
      }),
    ).toThrow('Workflow broken: action submit names unknown state sent');
  });

  it('follows a pilot from draft to approval and lists what stays open on the way', () => {
    const submitted = nextState(PILOT_WORKFLOW, PilotStatus.Draft, PilotAction.Submit)!;
    expect(actionsFrom(PILOT_WORKFLOW, submitted)).toEqual([
      PilotAction.Recommend,
      PilotAction.Return,
      PilotAction.Withdraw,
    ]);
    expect(nextState(PILOT_WORKFLOW, submitted, PilotAction.Approve)).toBeNull();
  });
});

describe('placeOfRegion', () => {
  it('finds the city of a district enterprise and marks city-direct (市直) ones', () => {
    const huangdao = { code: '370211', name: '黄岛区', nameEn: 'Huangdao', parentCode: '370200' };
    expect(placeOfRegion({ ...huangdao, level: RegionLevel.District })).toMatchObject({
      cityDirect: false,
      districtCode: '370211',
      cityCode: '370200',
    });
    const qingdao = { code: '370200', name: '青岛市', nameEn: 'Qingdao', parentCode: '370000' };
    expect(placeOfRegion({ ...qingdao, level: RegionLevel.City })).toMatchObject({
      cityDirect: true,
      districtCode: null,
      cityCode: '370200',
    });
  });
});
