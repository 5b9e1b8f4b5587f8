import { HttpStatus } from '@nestjs/common';
import { featureException } from '../../common/errors/feature-errors';

/** The evaluation reports' own errors. */
export class EvaluationReportException extends featureException({
  evaluation_report_exists: {
    status: HttpStatus.CONFLICT,
    'zh-CN': '{{region}}已有该工作方案的评估报告，请直接打开编辑',
    en: '{{region}} already has an evaluation report of this programme; open it instead',
  },
  evaluation_section_too_long: {
    status: HttpStatus.BAD_REQUEST,
    'zh-CN': '“{{section}}”不能超过 {{max}} 个字',
    en: '“{{section}}” cannot be longer than {{max}} characters',
  },
  evaluation_programme_not_covered: {
    status: HttpStatus.BAD_REQUEST,
    'zh-CN': '该工作方案不覆盖本单位所在地区',
    en: 'The programme does not cover your region',
  },
  evaluation_city_report_not_submitted: {
    status: HttpStatus.CONFLICT,
    'zh-CN': '市级评估报告由市局汇总形成，无需报送',
    en: 'The city’s report compiles the districts’ reports and is not submitted',
  },
  evaluation_nothing_to_submit: {
    status: HttpStatus.CONFLICT,
    'zh-CN': '请先生成报告，再报送市局',
    en: 'Generate the report before submitting it to the city',
  },
  evaluation_already_submitted: {
    status: HttpStatus.CONFLICT,
    'zh-CN': '第 {{versionNo}} 版已报送市局；修改后请重新生成再报送',
    en: 'Version {{versionNo}} has been submitted already; generate a new version to submit changes',
  },
  evaluation_not_generated: {
    status: HttpStatus.NOT_FOUND,
    'zh-CN': '该评估报告尚未生成，请先点击“生成报告”',
    en: 'The report has not been generated yet; generate it first',
  },
  evaluation_version_not_found: {
    status: HttpStatus.NOT_FOUND,
    'zh-CN': '该评估报告没有第 {{versionNo}} 版',
    en: 'The report has no version {{versionNo}}',
  },
  evaluation_docx_busy: {
    status: HttpStatus.SERVICE_UNAVAILABLE,
    'zh-CN': '正在生成的评估报告较多，请稍后再试',
    en: 'Too many reports are being generated; please try again shortly',
  },
  evaluation_font_missing: {
    status: HttpStatus.SERVICE_UNAVAILABLE,
    'zh-CN': '服务器未安装中文字体（fonts-noto-cjk），无法绘制报告图表，请联系系统管理员',
    en: 'The server has no Chinese font (fonts-noto-cjk) to draw the report’s charts; contact the system administrator',
  },
}) {}
