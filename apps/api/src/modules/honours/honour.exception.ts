import { HttpStatus } from '@nestjs/common';
import { featureException } from '../../common/errors/feature-errors';

/** The honours reference table's own errors. */
export class HonourException extends featureException({
  honour_code_taken: {
    status: HttpStatus.BAD_REQUEST,
    'zh-CN': '代码“{{code}}”已被其他荣誉称号使用，请换一个代码',
    en: 'The code “{{code}}” is used by another honour; choose another',
  },
  honour_national_level: {
    status: HttpStatus.BAD_REQUEST,
    'zh-CN': '国家级荣誉称号由系统预置，这里只能新增或改为省级、市级荣誉称号',
    en: 'National honours are built in; here an honour can only be provincial or municipal',
  },
  honour_national_qualifying: {
    status: HttpStatus.BAD_REQUEST,
    'zh-CN': '“{{name}}”是国家规定的认定依据（人社厅发〔2021〕7号第三十八条），不能设为不作为认定依据',
    en: '“{{name}}” is a qualifying basis set nationally (art. 38); it cannot be made non-qualifying',
  },
  honour_national_name: {
    status: HttpStatus.BAD_REQUEST,
    'zh-CN': '“{{name}}”是国家规定的荣誉称号名称，不能修改',
    en: '“{{name}}” is the name set nationally; it cannot be changed',
  },
  honour_national_delete: {
    status: HttpStatus.CONFLICT,
    'zh-CN': '“{{name}}”是系统预置的国家级荣誉称号，不能删除',
    en: '“{{name}}” is a built-in national honour and cannot be deleted',
  },
}) {}
