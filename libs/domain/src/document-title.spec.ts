import { quoteTitle } from './document-title';

describe('quoteTitle', () => {
  it('quotes a plain title with 《》', () => {
    expect(quoteTitle('技能人才薪酬分配指引')).toBe('《技能人才薪酬分配指引》');
  });

  it('turns the marks of a title within the title into 〈〉', () => {
    // the demo programme's title names the national guideline
    expect(quoteTitle('青岛市落实《技能人才薪酬分配指引》工作方案')).toBe(
      '《青岛市落实〈技能人才薪酬分配指引〉工作方案》',
    );
  });

  it('alternates the marks at each further level and keeps 〈〉 already written', () => {
    expect(quoteTitle('关于《落实〈指引〉的方案》的通知')).toBe('《关于〈落实《指引》的方案〉的通知》');
    expect(quoteTitle('落实〈指引〉方案')).toBe('《落实〈指引〉方案》');
  });

  it('does not quote a title twice', () => {
    expect(quoteTitle('《落实〈指引〉方案》')).toBe('《落实〈指引〉方案》');
    // two titles side by side are not one quoted title
    expect(quoteTitle('《甲》和《乙》')).toBe('《〈甲〉和〈乙〉》');
  });
});
