import { HttpStatus } from '@nestjs/common';
import { featureException } from '../../common/errors/feature-errors';

/** Errors of the ledger's tasks (placement and responsible organisations). */
export class LedgerTaskException extends featureException({
  phase_or_measure_required: {
    status: HttpStatus.BAD_REQUEST,
    'zh-CN': '请选择所属阶段或举措（二选一）',
    en: 'Choose either a phase or a measure',
  },
  responsible_not_in_city: {
    status: HttpStatus.BAD_REQUEST,
    'zh-CN': '责任单位须为本市的人社局、总工会、企业联合会或工商联',
    en: 'Responsible organisations must be the HR bureaus, trade union or federations of this city',
  },
  task_linked: {
    status: HttpStatus.BAD_REQUEST,
    'zh-CN': '该任务随平台数据自动计算进展（如价位发布、指导记录），无需手工报送',
    en: 'This task follows the portal’s records (e.g. releases published, guidance recorded); no manual report is needed',
  },
}) {}
