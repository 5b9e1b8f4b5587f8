import { TargetGroup } from './guidance';
import {
  instantiateTemplate,
  linkedUnitProgress,
  summariseTaskProgress,
  isTaskOverdue,
  maskPhone,
  nextProgrammeStatus,
  portalUnitOf,
  PortalUnit,
  PROGRAMME_TEMPLATES,
  ProgrammeTemplateKey,
  shiftIsoDate,
  shiftIsoDays,
  TaskStatus,
} from './programme';

describe('programme templates', () => {
  it('ships the Qingdao plan: three phases with their standard tasks (青人社字〔2021〕61号 三)', () => {
    const qingdao = PROGRAMME_TEMPLATES[ProgrammeTemplateKey.Qingdao2021];
    expect(qingdao.phases.map((p) => [p.name, p.startsOn, p.endsOn])).toEqual([
      ['部署发动', '2021-07-01', '2021-07-31'],
      ['服务指导', '2021-07-01', '2021-10-31'],
      ['总结评估', '2021-11-01', '2022-01-31'],
    ]);
    expect(qingdao.phases.flatMap((p) => p.tasks.map((t) => t.title))).toEqual([
      '成立工作小组',
      '宣传发动',
      '选取样本企业',
      '一企一策指导',
      '专项培训',
      '发布工资价位',
      '示范班',
      '案例精选',
    ]);
    expect(qingdao.measures).toEqual([]);
  });

  it('ships the Lüliang mechanism: measures per target group with the units as written', () => {
    const lvliang = PROGRAMME_TEMPLATES[ProgrammeTemplateKey.Lvliang2023];
    expect(lvliang.measures.map((m) => [m.targetGroup, m.tasks.length])).toEqual([
      [TargetGroup.HighSkillLeaders, 5],
      [TargetGroup.TechnicalWorkers, 5],
      [TargetGroup.MigrantWorkers, 4],
    ]);
    expect(lvliang.measures[2].tasks[1]).toMatchObject({
      title: '提升农民工技术技能素质、促进稳定就业',
      responsibleUnits: ['人社局', '总工会'],
    });
    expect(lvliang.measures[0].responsibleUnits).toContain('市委组织部');
  });

  it('tells portal organisations from text-only units', () => {
    expect(portalUnitOf('人社局')).toBe(PortalUnit.CityBureau);
    expect(portalUnitOf('市总工会')).toBe(PortalUnit.TradeUnion);
    expect(portalUnitOf('工商联')).toBe(PortalUnit.IndustryCommerceFederation);
    expect(portalUnitOf('各区市人社局')).toBe(PortalUnit.DistrictBureaus);
    expect(portalUnitOf('科技局')).toBeNull();
    expect(portalUnitOf('市委办')).toBeNull();
  });
});

describe('date shifting', () => {
  it('moves dates by whole years, across the year end too', () => {
    expect(shiftIsoDate('2021-07-31', 5)).toBe('2026-07-31');
    expect(shiftIsoDate('2022-01-31', 5)).toBe('2027-01-31');
    expect(shiftIsoDate('2024-02-29', 1)).toBe('2025-02-28');
  });

  it('instantiates the Qingdao template for 2026 and leaves 2021 as written', () => {
    const shifted = instantiateTemplate(ProgrammeTemplateKey.Qingdao2021, 2026);
    expect(shifted.phases[2]).toMatchObject({ startsOn: '2026-11-01', endsOn: '2027-01-31' });
    expect(shifted.phases[1].tasks[0].dueOn).toBe('2026-10-31');
    expect(instantiateTemplate(ProgrammeTemplateKey.Qingdao2021, 2021)).toEqual(
      PROGRAMME_TEMPLATES[ProgrammeTemplateKey.Qingdao2021],
    );
  });
});

describe('overdue derivation', () => {
  it('is overdue only when the due date has passed and the task is not done', () => {
    expect(isTaskOverdue({ dueOn: '2026-07-31', status: TaskStatus.InProgress }, '2026-08-01')).toBe(true);
    expect(isTaskOverdue({ dueOn: '2026-07-31', status: TaskStatus.NotStarted }, '2026-07-31')).toBe(false);
    expect(isTaskOverdue({ dueOn: '2026-07-31', status: TaskStatus.Done }, '2026-09-01')).toBe(false);
    expect(isTaskOverdue({ dueOn: null, status: TaskStatus.NotStarted }, '2030-01-01')).toBe(false);
  });
});

describe('phone masking', () => {
  it('keeps the first three and last four digits of a mobile number', () => {
    expect(maskPhone('13812345678')).toBe('138****5678');
    expect(maskPhone('0532-8888')).toBe('*******88');
    expect(maskPhone(null)).toBeNull();
  });
});

describe('programme status', () => {
  it('moves forward only: draft → active → closed', () => {
    expect(nextProgrammeStatus('draft')).toBe('active');
    expect(nextProgrammeStatus('active')).toBe('closed');
    expect(nextProgrammeStatus('closed')).toBeNull();
  });
});

describe('summariseTaskProgress', () => {
  it('counts the bureaus that reported and their range instead of a mean', () => {
    expect(
      summariseTaskProgress([
        { status: TaskStatus.InProgress, percent: 60 },
        { status: TaskStatus.InProgress, percent: 20 },
        null,
      ]),
    ).toEqual({
      status: TaskStatus.InProgress,
      responsible: 3,
      reported: 2,
      minPercent: 20,
      maxPercent: 60,
    });
  });

  it('is done only when every bureau is done', () => {
    const done = { status: TaskStatus.Done, percent: 100 };
    expect(summariseTaskProgress([done, done]).status).toBe(TaskStatus.Done);
    expect(summariseTaskProgress([done, null]).status).toBe(TaskStatus.InProgress);
    expect(summariseTaskProgress([]).status).toBe(TaskStatus.NotStarted);
  });

  it('turns a linked count into a bureau’s status', () => {
    expect(linkedUnitProgress(100)).toEqual({ status: TaskStatus.Done, percent: 100 });
    expect(linkedUnitProgress(49.6)).toEqual({ status: TaskStatus.InProgress, percent: 50 });
    expect(linkedUnitProgress(0)).toEqual({ status: TaskStatus.NotStarted, percent: 0 });
  });
});

describe('shiftIsoDays', () => {
  it('moves a date by days across months and years', () => {
    expect(shiftIsoDays('2026-12-07', 30)).toBe('2027-01-06');
    expect(shiftIsoDays('2026-03-01', -1)).toBe('2026-02-28');
  });
});
