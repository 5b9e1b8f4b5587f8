import {
  DemonstrationUnitKind,
  EVALUATION_ELEMENTS,
  EvaluationElement,
  type EvaluationReportSection,
  SkillLevel,
} from '@skillpay/domain';
import JSZip from 'jszip';
import mammoth from 'mammoth';
import { locateCjkFont } from './evaluation-report-charts';
import {
  evaluationReportDocx,
  PAGE_MARGINS,
  ruleVerdict,
  signedPercent,
  yuan,
} from './evaluation-report-docx';
import { type EvaluationReportDocxInput, type EvaluationReportFigures } from './evaluation-report-figures';

/**
 * A city's figures as the evaluation measured them. Worked example of the outcome rows: 高级工
 * mean 100,000 → 104,800 is +4.80 %; management 200,000 → 206,000 is +3.00 %: the central
 * opinions' rule holds (4.80 ≥ 3.00). 技师 is withheld (fewer than the programme's minimum of
 * enterprises) and must not print a figure.
 */
export function figuresFixture(overrides: Partial<EvaluationReportFigures> = {}): EvaluationReportFigures {
  return {
    scope: 'city',
    regionName: '青岛市',
    adoption: {
      pilots: 12,
      reporting: 10,
      meanIndex: 55.5,
      meanIndexChange: 14.3,
      bands: [
        { lower: 0, upper: 19, count: 1 },
        { lower: 20, upper: 39, count: 2 },
        { lower: 40, upper: 59, count: 3 },
        { lower: 60, upper: 79, count: 3 },
        { lower: 80, upper: 100, count: 1 },
      ],
      elements: EVALUATION_ELEMENTS.map((element, index) => ({
        element,
        adoptedPercent: element === EvaluationElement.CareerChannel ? 80 : 10 * (index % 5),
        changePoints: index === 0 ? 20 : null,
      })),
      districts: [
        { regionName: '黄岛区', pilots: 7, reporting: 6, meanIndex: 60.3 },
        { regionName: '崂山区', pilots: 5, reporting: 4, meanIndex: 48.3 },
      ],
      influenced: { reached: 15, recorded: 9, adopting: 4 },
    },
    outcomes: {
      fromYear: 2025,
      toYear: 2026,
      enterprises: 8,
      levels: [
        {
          level: SkillLevel.Level5,
          fromMean: 60_000,
          toMean: 62_400,
          growthPercent: 4,
          withheldReason: null,
        },
        {
          level: SkillLevel.Level3,
          fromMean: 100_000,
          toMean: 104_800,
          growthPercent: 4.8,
          withheldReason: null,
        },
        {
          level: SkillLevel.Level2,
          fromMean: null,
          toMean: null,
          growthPercent: null,
          withheldReason: '样本企业数不足',
        },
      ],
      highSkillGrowth: 4.8,
      managementGrowth: 3,
      ruleHolds: true,
      declaredDiffers: 1,
      spread: 1.68,
      variableShare: { from: 38.5, to: 44.1 },
      nonPilots: { enterprises: 6, highSkillGrowth: 2.5, managementGrowth: 3.1 },
    },
    scatter: [
      { index: 55.5, highSkillGrowth: 4.8 },
      { index: 30, highSkillGrowth: 2.1 },
      { index: 80, highSkillGrowth: 6.3 },
    ],
    demonstrationUnits: [
      {
        kind: DemonstrationUnitKind.Enterprise,
        name: '青岛示范机械有限公司',
        reason: '建立八级职业发展通道，高级工人均年收入增长4.80%',
      },
      { kind: DemonstrationUnitKind.District, name: '黄岛区', reason: '试点企业平均采纳指数60.3，全市最高' },
    ],
    ...overrides,
  };
}

const SECTIONS: Record<EvaluationReportSection, string> = {
  overview: '全市按照工作方案开展试点。\n共选定试点企业12家。',
  measures: '组织专题培训和示范班。',
  results: '试点企业薪酬分配制度逐步完善。',
  problems: '部分企业岗位评价尚未开展。',
  nextSteps: '扩大试点范围，向中小民营企业推广。',
};

function input(overrides: Partial<EvaluationReportDocxInput> = {}): EvaluationReportDocxInput {
  const fontFile = locateCjkFont();
  if (!fontFile) throw new Error('fonts-noto-cjk is not installed: the charts need NotoSansCJK-Regular.ttc');
  return {
    programmeTitle: '青岛市技能人才薪酬分配指引试点工作方案',
    documentNumber: '青人社字〔2021〕61号',
    bureauName: '青岛市人力资源和社会保障局',
    dateLine: '2026年12月7日',
    versionNo: 1,
    sections: SECTIONS,
    figures: figuresFixture(),
    districts: [
      {
        regionName: '黄岛区',
        versionNo: 2,
        submittedOn: '2026年12月1日',
        figures: figuresFixture({ scope: 'district', regionName: '黄岛区' }),
        results: '黄岛区试点企业全部建立技能津贴。',
        problems: '个别企业夜班津贴标准偏低。',
      },
    ],
    pendingDistricts: ['崂山区'],
    fontFile,
    ...overrides,
  };
}

describe('evaluation report docx (评估报告)', () => {
  let bytes: Buffer;
  let text: string;
  let zip: JSZip;

  beforeAll(async () => {
    bytes = await evaluationReportDocx(input());
    text = (await mammoth.extractRawText({ buffer: bytes })).value;
    zip = await JSZip.loadAsync(bytes);
  }, 30_000);

  it('formats figures as the report prints them', () => {
    expect(yuan(104_800)).toBe('104,800');
    expect(signedPercent(4.8)).toBe('+4.80%');
    expect(signedPercent(-1)).toBe('-1.00%');
    expect(ruleVerdict(null)).toBe('数据不足，无法判断');
  });

  it('has the title page, the sections in order and the measured figures', () => {
    expect(text).toContain('青岛市技能人才薪酬分配指引试点工作方案');
    expect(text).toContain('评估报告');
    expect(text).toContain('青岛市人力资源和社会保障局');
    expect(text).toContain('2026年12月7日');
    const order = [
      '一、基本情况',
      '二、主要做法',
      '三、取得成效',
      '四、示范企业和典型区市',
      '五、各区市评估情况',
      '六、存在的问题',
      '七、下一步工作',
    ].map((heading) => text.indexOf(heading));
    expect(order.every((at) => at > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    // 高级工 100,000 → 104,800 = +4.80 %, management +3.00 %: the rule holds
    expect(text).toContain('104,800');
    expect(text).toContain('+4.80%');
    expect(text).toContain('+3.00%');
    expect(text).toContain('符合（高技能人才薪酬增长不低于管理人员）');
    expect(text).toContain('部分企业岗位评价尚未开展。');
    expect(text).toContain('青岛示范机械有限公司');
  });

  it('prints no figure for a withheld cell', () => {
    const row = text.slice(text.indexOf('二级/技师'), text.indexOf('二级/技师') + 40);
    expect(row).toContain('不予公布');
    expect(row).toContain('样本企业数不足');
  });

  it('compiles the districts that submitted and names those that did not', () => {
    expect(text).toContain('黄岛区于2026年12月1日报送评估报告（第2版）');
    expect(text).toContain('黄岛区试点企业全部建立技能津贴。');
    expect(text).toContain('崂山区尚未报送评估报告');
  });

  it('lays the pages out as GB/T 9704 asks', async () => {
    const xml = await zip.file('word/document.xml')!.async('string');
    // A4, margins 37/35/28/26 mm in twips
    expect(xml).toContain('w:w="11906" w:h="16838"');
    expect(PAGE_MARGINS).toEqual({ top: 2098, bottom: 1984, left: 1587, right: 1474 });
    expect(xml).toContain('w:top="2098"');
    expect(xml).toContain('w:left="1587"');
    // fixed 28 pt lines, 3号 (16 pt = 32 half-points) 仿宋 body, 2号 (44) 小标宋 title, 黑体/楷体 headings
    expect(xml).toContain('w:line="560" w:lineRule="exact"');
    expect(xml).toMatch(/w:eastAsia="方正小标宋简体"[^]*?w:sz w:val="44"/);
    expect(xml).toContain('w:eastAsia="黑体"');
    expect(xml).toContain('w:eastAsia="楷体"');
    // the body's page numbers start at 1 after the title page; odd and even footers differ
    expect(xml).toContain('w:start="1"');
    const settings = await zip.file('word/settings.xml')!.async('string');
    expect(settings).toContain('w:evenAndOddHeaders');
    const footers = await Promise.all(
      Object.keys(zip.files)
        .filter((name) => /^word\/footer\d+\.xml$/.test(name))
        .map((name) => zip.file(name)!.async('string')),
    );
    expect(footers.some((footer) => footer.includes('w:val="right"') && footer.includes('— '))).toBe(true);
    expect(
      footers.some((footer) => footer.includes('w:val="left"') && footer.includes('w:sz w:val="28"')),
    ).toBe(true);
    const fonts = await zip.file('word/fontTable.xml')!.async('string');
    expect(fonts).toContain('<w:font w:name="方正小标宋简体"><w:altName w:val="宋体"/>');
  });

  it('carries its three charts as PNG images', () => {
    const images = Object.keys(zip.files).filter((name) => name.startsWith('word/media/'));
    expect(images).toHaveLength(3);
  });

  it('leaves the scatter and the districts out of a district’s report', async () => {
    const district = await evaluationReportDocx(
      input({
        bureauName: '青岛市黄岛区人力资源和社会保障局',
        figures: figuresFixture({ scope: 'district', regionName: '黄岛区' }),
        districts: [],
        pendingDistricts: [],
      }),
    );
    const districtText = (await mammoth.extractRawText({ buffer: district })).value;
    expect(districtText).not.toContain('各区市评估情况');
    expect(districtText).toContain('六、下一步工作');
    const images = Object.keys((await JSZip.loadAsync(district)).files).filter((name) =>
      name.startsWith('word/media/'),
    );
    expect(images).toHaveLength(2);
  }, 30_000);
});
