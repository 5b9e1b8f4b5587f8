import { HttpStatus } from '@nestjs/common';
import { featureException } from '../../common/errors/feature-errors';

/** Organisations' errors. */
export class OrganisationException extends featureException({
  organisation_name_taken: {
    status: HttpStatus.CONFLICT,
    'zh-CN': '单位名称“{{name}}”已存在',
    en: 'An organisation named "{{name}}" already exists',
  },
  organisation_in_use: {
    status: HttpStatus.CONFLICT,
    'zh-CN': '该单位下仍有 {{count}} 个账号，不能删除',
    en: 'The organisation still has {{count}} accounts and cannot be deleted',
  },
  role_organisation_mismatch: {
    status: HttpStatus.CONFLICT,
    'zh-CN': '角色“{{role}}”的账号不能属于该类型的单位',
    en: 'An account with role "{{role}}" cannot belong to this kind of organisation',
  },
}) {}
