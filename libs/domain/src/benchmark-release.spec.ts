import { BenchmarkReleaseStatus } from './benchmark';
import {
  BenchmarkReleaseAction,
  BENCHMARK_RELEASE_WORKFLOW,
  benchmarkReleaseLabel,
  compaRatio,
  PayBand,
  payBand,
  ReleaseDisclosureWarning,
  releaseDisclosureWarning,
} from './benchmark-release';
import { actionsFrom, makerBarred } from './workflow';

describe('benchmark releases', () => {
  it('names a published release by year and number', () => {
    expect(benchmarkReleaseLabel(2026, 2)).toBe('2026-R2');
    expect(benchmarkReleaseLabel(2026, null)).toBeNull();
  });

  it('offers review and discard on a draft, publish and discard once reviewed, nothing once published', () => {
    expect(actionsFrom(BENCHMARK_RELEASE_WORKFLOW, BenchmarkReleaseStatus.Draft)).toEqual([
      BenchmarkReleaseAction.Review,
      BenchmarkReleaseAction.Discard,
    ]);
    expect(actionsFrom(BENCHMARK_RELEASE_WORKFLOW, BenchmarkReleaseStatus.Reviewed)).toEqual([
      BenchmarkReleaseAction.Publish,
      BenchmarkReleaseAction.Discard,
    ]);
    expect(actionsFrom(BENCHMARK_RELEASE_WORKFLOW, BenchmarkReleaseStatus.Published)).toEqual([]);
    expect(actionsFrom(BENCHMARK_RELEASE_WORKFLOW, BenchmarkReleaseStatus.Discarded)).toEqual([]);
  });

  it('leaves review and publication to someone other than the maker, who may still discard', () => {
    const maker = 'user-maker';
    expect(makerBarred(BENCHMARK_RELEASE_WORKFLOW, BenchmarkReleaseAction.Review, maker, maker)).toBe(true);
    expect(makerBarred(BENCHMARK_RELEASE_WORKFLOW, BenchmarkReleaseAction.Publish, maker, maker)).toBe(true);
    expect(makerBarred(BENCHMARK_RELEASE_WORKFLOW, BenchmarkReleaseAction.Discard, maker, maker)).toBe(false);
    expect(
      makerBarred(BENCHMARK_RELEASE_WORKFLOW, BenchmarkReleaseAction.Publish, maker, 'user-checker'),
    ).toBe(false);
  });
});

describe('withheld share of a release', () => {
  it.each([
    // 16 of 16 withheld: nothing to publish
    [16, 0, ReleaseDisclosureWarning.NothingPublishable],
    // 9 of 16 withheld (56 %): most
    [16, 7, ReleaseDisclosureWarning.MostlyWithheld],
    // 8 of 16 (exactly half): not most
    [16, 8, null],
    [16, 16, null],
  ])('of %i cells with %i publishable warns %s', (cells, publishable, warning) => {
    expect(releaseDisclosureWarning(cells, publishable)).toBe(warning);
  });
});

describe('pay position', () => {
  // quartiles of a cell: P25 60,000, P50 72,000, P75 90,000 yuan a year
  it.each([
    [59_999.99, PayBand.BelowP25],
    [60_000, PayBand.P25ToP50],
    [71_999, PayBand.P25ToP50],
    [72_000, PayBand.P50ToP75],
    [89_999, PayBand.P50ToP75],
    [90_000, PayBand.AboveP75],
  ])('puts %d in %s (a boundary belongs to the band above)', (pay, band) => {
    expect(payBand(pay, 60_000, 72_000, 90_000)).toBe(band);
  });

  it('computes the compa-ratio as mean ÷ P50 to two decimals', () => {
    // 79,200 ÷ 72,000 = 1.10; 64,800 ÷ 72,000 = 0.90
    expect(compaRatio(79_200, 72_000)).toBe(1.1);
    expect(compaRatio(64_800, 72_000)).toBe(0.9);
    expect(compaRatio(50_000, 0)).toBeNull();
  });
});
