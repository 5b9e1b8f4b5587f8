import { HttpStatus } from '@nestjs/common';
import { featureException } from '../../common/errors/feature-errors';

/** Benchmark releases' own errors; a step not possible now is the workflow kernel's. */
export class BenchmarkReleaseException extends featureException({
  benchmark_release_open: {
    status: HttpStatus.CONFLICT,
    'zh-CN': '该工作方案 {{year}} 年度已有一份“{{status}}”的发布稿，请先发布或作废该稿',
    en: 'A release of this programme for {{year}} is already "{{status}}"; publish or discard it first',
  },
  benchmark_release_nothing_publishable: {
    status: HttpStatus.BAD_REQUEST,
    'zh-CN':
      '该发布稿的 {{cells}} 个单元格均因披露规则被隐去，没有可公布的数值，不能发布。请在更多企业报送薪酬数据后重新生成，或作废本稿',
    en: 'All {{cells}} cells of this release are withheld by the disclosure rules: there is nothing to publish. Generate a new draft once more enterprises have submitted wage data, or discard this one',
  },
  benchmark_compare_discarded: {
    status: HttpStatus.BAD_REQUEST,
    'zh-CN': '已作废的发布稿不能参与比较，请选择已发布或待发布的发布',
    en: 'A discarded release cannot be compared; choose a published or pending one',
  },
  benchmark_compare_programme: {
    status: HttpStatus.BAD_REQUEST,
    'zh-CN': '只能比较同一工作方案的发布，请选择同一工作方案的两份发布',
    en: 'Only releases of the same programme can be compared; choose two of one programme',
  },
  benchmark_compare_year: {
    status: HttpStatus.BAD_REQUEST,
    'zh-CN': '只能比较同一年度的发布（所选为 {{from}} 年和 {{to}} 年），不同年度的工资价位请分别查看',
    en: 'Only releases of the same year can be compared (you chose {{from}} and {{to}}); view different years separately',
  },
  benchmark_compare_same: {
    status: HttpStatus.BAD_REQUEST,
    'zh-CN': '请选择两份不同的发布进行比较',
    en: 'Choose two different releases to compare',
  },
}) {}
