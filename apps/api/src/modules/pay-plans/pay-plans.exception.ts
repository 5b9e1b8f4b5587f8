import { HttpStatus } from '@nestjs/common';
import { featureException } from '../../common/errors/feature-errors';

/** Pay plans' errors (the calculators' own input problems are libs/paycalc's, under errors.paycalc_*). */
export class PayPlanException extends featureException({
  pay_plan_pilot_not_approved: {
    status: HttpStatus.BAD_REQUEST,
    'zh-CN': '只能为本企业已批准的试点申报保存薪酬设计方案',
    en: 'Pay plans can be saved only for your enterprise’s approved pilot applications',
  },
}) {}
