import { HttpStatus } from '@nestjs/common';
import { featureException } from '../../common/errors/feature-errors';

/** The talent database's own errors; the workflow's (not allowed now, not editable) are the kernel's. */
export class TalentException extends featureException({
  talent_id_number_invalid: {
    status: HttpStatus.BAD_REQUEST,
    'zh-CN': '公民身份号码无效，请核对（18位，末位校验码须正确）',
    en: 'The ID number is not valid; check it (18 characters with a correct check character)',
  },
  talent_birth_year_mismatch: {
    status: HttpStatus.BAD_REQUEST,
    'zh-CN': '出生年份与公民身份号码不一致',
    en: 'The birth year does not agree with the ID number',
  },
  talent_enterprise_required: {
    status: HttpStatus.BAD_REQUEST,
    'zh-CN': '请选择人才所在企业（本辖区登记的企业）',
    en: 'Choose the enterprise of your district the talent works in',
  },
  talent_enterprise_not_own: {
    status: HttpStatus.BAD_REQUEST,
    'zh-CN': '企业只能登记本企业的人才',
    en: 'An enterprise registers its own employees only',
  },
  talent_enterprise_outside_region: {
    status: HttpStatus.BAD_REQUEST,
    'zh-CN': '只能选择本辖区登记的企业',
    en: 'Choose an enterprise registered in your district',
  },
  talent_enterprise_unknown: {
    status: HttpStatus.BAD_REQUEST,
    'zh-CN': '所选企业未在平台登记',
    en: 'The enterprise is not registered on the portal',
  },
  talent_occupation_unknown: {
    status: HttpStatus.BAD_REQUEST,
    'zh-CN': '职业代码 {{code}} 不在职业分类目录中',
    en: 'The occupation code {{code}} is not in the catalogue',
  },
  talent_honour_unknown: {
    status: HttpStatus.BAD_REQUEST,
    'zh-CN': '所选荣誉不在荣誉目录中',
    en: 'The honour is not in the honours table',
  },
  talent_honour_year_future: {
    status: HttpStatus.BAD_REQUEST,
    'zh-CN': '荣誉获得年份不能晚于今年',
    en: 'The year of an honour cannot be later than this year',
  },
  talent_no_qualifying_honour: {
    status: HttpStatus.BAD_REQUEST,
    'zh-CN': '须至少具有一项认定依据荣誉（如全国技术能手、全国五一劳动奖章、齐鲁首席技师等），才能确认入库',
    en: 'At least one qualifying honour (e.g. National Technical Expert, May Day Medal) is needed to confirm the record',
  },
  talent_honours_required: {
    status: HttpStatus.BAD_REQUEST,
    'zh-CN': '请至少填写一项荣誉，并为每项荣誉上传证书后再提交',
    en: 'Add at least one honour, each with its certificate, before submitting',
  },
  talent_certificate_missing: {
    status: HttpStatus.BAD_REQUEST,
    'zh-CN': '荣誉“{{honour}}”尚未上传证书',
    en: 'The honour "{{honour}}" has no certificate yet',
  },
  talent_reason_required: {
    status: HttpStatus.BAD_REQUEST,
    'zh-CN': '请填写{{action}}理由',
    en: 'Please give the reason to {{action}}',
  },
  talent_not_author: {
    status: HttpStatus.FORBIDDEN,
    'zh-CN': '只有登记单位可以修改该人才信息',
    en: 'Only the organisation that registered the talent changes the record',
  },
  talent_not_deletable: {
    status: HttpStatus.CONFLICT,
    'zh-CN': '只能删除从未提交的草稿',
    en: 'Only a draft never submitted can be deleted',
  },
  talent_not_confirmable: {
    status: HttpStatus.CONFLICT,
    'zh-CN': '该人才信息当前不能确认：待确认的由市人社局确认入库，已入库的由所在企业或区（市）人社局年度复核',
    en: 'The record cannot be confirmed now: the city confirms records awaiting confirmation; the enterprise or its district reconfirms records in the database',
  },
  talent_not_transferable: {
    status: HttpStatus.CONFLICT,
    'zh-CN': '调动须由区（市）或市人社局办理，且新企业不能与当前企业相同',
    en: 'A bureau records a transfer, to an enterprise other than the current one',
  },
  talent_confirmed_bureau_edits: {
    status: HttpStatus.CONFLICT,
    'zh-CN': '该人才已入库，信息变更由区（市）人社局核实证书后修改，请联系所在区（市）人社局',
    en: 'The talent is in the database: the district bureau changes the record after checking the certificates; please contact it',
  },
  talent_certificates_not_editable: {
    status: HttpStatus.CONFLICT,
    'zh-CN': '人才信息已提交，不能再增删证书；退回后可修改',
    en: 'The record has been submitted; certificates can be changed again once it is returned',
  },
}) {}
