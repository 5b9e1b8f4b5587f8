import { HttpStatus } from '@nestjs/common';
import { featureException } from '../../common/errors/feature-errors';

/** The benchmarks' state as a release draft finds it: aggregation still to run, or nothing computed. */
export class BenchmarkException extends featureException({
  benchmark_aggregation_pending: {
    status: HttpStatus.CONFLICT,
    'zh-CN': '还有 {{count}} 份薪酬数据尚未汇总进工资价位，请待汇总完成后再生成发布稿',
    en: '{{count}} wage-data uploads are not yet aggregated into the benchmarks; create the draft once aggregation has finished',
  },
  benchmark_not_computed: {
    status: HttpStatus.CONFLICT,
    'zh-CN': '该工作方案 {{year}} 年度尚无汇总的工资价位',
    en: 'No benchmarks have been computed for this programme and {{year}}',
  },
  benchmark_recompute_pending: {
    status: HttpStatus.CONFLICT,
    'zh-CN': '工资价位正在按新的发布规则重新汇总，请待汇总完成后再生成发布稿',
    en: 'The benchmarks are being recomputed under new disclosure rules; create the draft once that has finished',
  },
}) {}
