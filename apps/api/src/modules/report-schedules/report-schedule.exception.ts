import { HttpStatus } from '@nestjs/common';
import { featureException } from '../../common/errors/feature-errors';

/** The reporting calendar's own errors: which periods a pilot may report, and the cadence. */
export class ReportScheduleException extends featureException({
  // shared with the other features that choose a programme (same text)
  report_not_a_pilot: {
    status: HttpStatus.BAD_REQUEST,
    'zh-CN': '本企业不是该工作方案已批准的试点企业',
    en: 'Your enterprise is not an approved pilot of this programme',
  },
  report_period_invalid: {
    status: HttpStatus.BAD_REQUEST,
    'zh-CN': '报送期应为 {{year}} 年的{{cadence}}期次（如 {{year}}-Q1 或 {{year}}-01）',
    en: 'The period must be one of {{year}} in the programme’s cadence ({{cadence}}, e.g. {{year}}-Q1 or {{year}}-01)',
  },
  report_period_not_started: {
    status: HttpStatus.BAD_REQUEST,
    'zh-CN': '该报送期自 {{startsOn}} 开始，尚不能报送',
    en: 'The period starts on {{startsOn}}; it cannot be reported yet',
  },
  report_cadence_locked: {
    status: HttpStatus.CONFLICT,
    'zh-CN': '该工作方案已有进展报告，不能再更改报送周期',
    en: 'The programme already has progress reports; its cadence can no longer change',
  },
}) {}
