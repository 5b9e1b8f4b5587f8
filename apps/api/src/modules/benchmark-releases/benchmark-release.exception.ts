import { HttpStatus } from '@nestjs/common';
import { featureException } from '../../common/errors/feature-errors';

/** Benchmark releases' own errors; a step not possible now is the workflow kernel's. */
export class BenchmarkReleaseException extends featureException({
  benchmark_release_open: {
    status: HttpStatus.CONFLICT,
    'zh-CN': '该工作方案 {{year}} 年度已有一份“{{status}}”的发布稿，请先发布或作废该稿',
    en: 'A release of this programme for {{year}} is already "{{status}}"; publish or discard it first',
  },
  benchmark_compare_same: {
    status: HttpStatus.BAD_REQUEST,
    'zh-CN': '请选择两份不同的发布进行比较',
    en: 'Choose two different releases to compare',
  },
}) {}
