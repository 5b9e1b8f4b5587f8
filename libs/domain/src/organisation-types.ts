import { Role } from './roles';

/** Kinds of organisation that hold accounts on the portal. */
export enum OrganisationType {
  CityBureau = 'city_bureau',
  DistrictBureau = 'district_bureau',
  /** 总工会 */
  TradeUnion = 'trade_union',
  /** 企业联合会/企业家协会 */
  EnterpriseConfederation = 'enterprise_confederation',
  /** 工商联 */
  IndustryCommerceFederation = 'industry_commerce_federation',
  Enterprise = 'enterprise',
  /** The platform operator, home of the system and audit administrators */
  Platform = 'platform',
  /** 教育局, 住建局, 公安局 …: the service window routes talents' requests to them; no accounts */
  GovernmentDepartment = 'government_department',
}

export const ORGANISATION_TYPES: readonly OrganisationType[] = Object.values(OrganisationType);

export const ORGANISATION_TYPE_LABELS: Record<OrganisationType, { 'zh-CN': string; en: string }> = {
  [OrganisationType.CityBureau]: { 'zh-CN': '市人社局', en: 'City HR & social security bureau' },
  [OrganisationType.DistrictBureau]: {
    'zh-CN': '区（市）人社局',
    en: 'District HR & social security bureau',
  },
  [OrganisationType.TradeUnion]: { 'zh-CN': '总工会', en: 'Trade-union federation' },
  [OrganisationType.EnterpriseConfederation]: {
    'zh-CN': '企业联合会/企业家协会',
    en: 'Enterprise confederation',
  },
  [OrganisationType.IndustryCommerceFederation]: {
    'zh-CN': '工商联',
    en: 'Federation of industry and commerce',
  },
  [OrganisationType.Enterprise]: { 'zh-CN': '企业', en: 'Enterprise' },
  [OrganisationType.Platform]: { 'zh-CN': '平台运维单位', en: 'Platform operator' },
  [OrganisationType.GovernmentDepartment]: { 'zh-CN': '政府部门', en: 'Government department' },
};

/** Which organisation types an account of each role may belong to. */
export const ROLE_ORGANISATION_TYPES: Record<Role, readonly OrganisationType[]> = {
  [Role.CityBureau]: [OrganisationType.CityBureau],
  [Role.DistrictBureau]: [OrganisationType.DistrictBureau],
  [Role.Enterprise]: [OrganisationType.Enterprise],
  [Role.Reviewer]: [
    OrganisationType.TradeUnion,
    OrganisationType.EnterpriseConfederation,
    OrganisationType.IndustryCommerceFederation,
  ],
  [Role.SystemAdmin]: [OrganisationType.Platform],
  [Role.AuditAdmin]: [OrganisationType.Platform],
};

export function roleFitsOrganisation(role: Role, type: OrganisationType): boolean {
  return ROLE_ORGANISATION_TYPES[role].includes(type);
}
