import { EnterpriseSize, GuidelineChapter, Ownership } from '@skillpay/domain';
import { chaptersOf, docxInput } from './case-collection.mapping';
import { type CollectionRow, type EntryRow } from './case-collections.repository';
import { chineseNumber } from './collection-docx';
import { excerptOf } from './public-cases.service';

describe('case collections: what an edition prints', () => {
  it('names the chapters of the articles in the guideline’s order', () => {
    expect(chaptersOf([33, 9, 21, 25, 27])).toEqual([
      GuidelineChapter.CareerChannel,
      GuidelineChapter.PostPay,
      GuidelineChapter.PerformancePay,
      GuidelineChapter.Allowances,
    ]);
    expect(chaptersOf([])).toEqual([]);
  });

  it('numbers cases in Chinese', () => {
    expect([1, 5, 10, 12, 20, 21, 99].map(chineseNumber)).toEqual([
      '一',
      '五',
      '十',
      '十二',
      '二十',
      '二十一',
      '九十九',
    ]);
  });

  it('quotes the passage around the words searched for, else the opening of the measures', () => {
    const row = {
      background: '新员工流失率高。',
      measures: `${'甲'.repeat(100)}推行薪点工资制${'乙'.repeat(100)}`,
      results_narrative: '设立带徒津贴后，新员工三个月内独立上岗。',
    };
    const found = excerptOf(row, '薪点');
    // 60 characters either side of 薪点 (at 102): 58 甲 and 推行 before, 工资制 and 57 乙 after
    expect(found).toBe(`…${'甲'.repeat(58)}推行薪点工资制${'乙'.repeat(57)}…`);
    expect(excerptOf(row, '带徒津贴')).toBe('设立带徒津贴后，新员工三个月内独立上岗。');
    // nothing found: the measures' first 120 characters
    expect(excerptOf(row, '不存在')).toBe(`${'甲'.repeat(100)}推行薪点工资制${'乙'.repeat(13)}…`);
  });

  it('prints figures grouped and the articles with their chapters (Qujing case A: 495 → 1,420 元)', () => {
    const collection = {
      region_name: '曲靖市',
      title: '2023年第1辑',
      foreword: '前言',
      published_at: new Date('2026-12-07T02:00:00Z'),
      corrects_id: null,
    } as CollectionRow;
    const entry = {
      title: '区间岗级与工分制绩效',
      enterprise_name: 'A企业',
      region_name: '曲靖市',
      industry_section: 'D',
      size: EnterpriseSize.Large,
      ownership: Ownership.StateOwned,
      articles: [25, 9],
      editor_note: '',
      background: '',
      measures: '',
      results: [{ indicator: '新员工月度绩效工资', before: 495, after: 1420, unit: '元', period: '前 → 后' }],
      results_narrative: '',
      wage_outcome: {
        fromYear: 2025,
        toYear: 2026,
        levels: [
          {
            skillLevel: 'level-3',
            fromHeadcount: 12,
            toHeadcount: 14,
            fromMeanAnnual: 82400,
            toMeanAnnual: 88000,
            changePercent: 6.8,
          },
        ],
      },
    } as unknown as EntryRow;
    const input = docxInput(collection, [entry]);
    expect(input.publishedOn).toBe('2026年12月7日');
    expect(input.cases[0]).toMatchObject({
      enterpriseLine: '曲靖市 · 电力、热力、燃气及水生产和供应业 · 大型企业 · 国有',
      articlesLine: '第9条、第25条（职业发展通道；绩效工资）',
      results: [{ indicator: '新员工月度绩效工资', before: '495', after: '1,420', unit: '元' }],
      wageOutcome: { rows: [{ from: '82,400 元', to: '88,000 元', change: '+6.8%' }] },
    });
  });
});
