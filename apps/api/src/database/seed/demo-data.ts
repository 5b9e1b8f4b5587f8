import {
  EnterpriseSize,
  type IndustrySection,
  OrganisationType,
  Ownership,
  PriorityCategory,
  Role,
  type SkilledHeadcount,
  SkillLevel,
} from '@skillpay/domain';

/**
 * Demo organisations and accounts for `npm start` (never in production). The enterprises are
 * fictional; regions are the real GB/T 2260 codes of Qingdao.
 */
export interface DemoOrganisation {
  key: string;
  name: string;
  type: OrganisationType;
  regionCode: string;
  address?: string;
}

export interface DemoAccount {
  username: string;
  displayName: string;
  role: Role;
  organisationKey: string;
}

export const PLATFORM_ORGANISATION: DemoOrganisation = {
  key: 'platform',
  name: '技能人才薪酬分配指引实施服务平台运维中心',
  type: OrganisationType.Platform,
  regionCode: '370200',
};

const DISTRICT_BUREAUS: DemoOrganisation[] = [
  ['370202', '市南区'],
  ['370203', '市北区'],
  ['370211', '黄岛区'],
  ['370212', '崂山区'],
  ['370213', '李沧区'],
  ['370214', '城阳区'],
  ['370215', '即墨区'],
  ['370281', '胶州市'],
  ['370283', '平度市'],
  ['370285', '莱西市'],
].map(([regionCode, name]) => ({
  key: `bureau-${regionCode}`,
  name: `${name}人力资源和社会保障局`,
  type: OrganisationType.DistrictBureau,
  regionCode,
}));

export const DEMO_ORGANISATIONS: DemoOrganisation[] = [
  PLATFORM_ORGANISATION,
  {
    key: 'city-bureau',
    name: '青岛市人力资源和社会保障局',
    type: OrganisationType.CityBureau,
    regionCode: '370200',
  },
  ...DISTRICT_BUREAUS,
  { key: 'union', name: '青岛市总工会', type: OrganisationType.TradeUnion, regionCode: '370200' },
  {
    key: 'federation',
    name: '青岛市企业联合会',
    type: OrganisationType.EnterpriseConfederation,
    regionCode: '370200',
  },
  {
    key: 'commerce',
    name: '青岛市工商业联合会',
    type: OrganisationType.IndustryCommerceFederation,
    regionCode: '370200',
  },
  {
    key: 'ent-a',
    name: '青岛海晟船舶装备有限公司',
    type: OrganisationType.Enterprise,
    regionCode: '370211',
    address: '青岛市黄岛区海西路 18 号（示例）',
  },
  {
    key: 'ent-b',
    name: '青岛瑞和精密机械有限公司',
    type: OrganisationType.Enterprise,
    regionCode: '370211',
    address: '青岛市黄岛区珠江路 66 号（示例）',
  },
  {
    key: 'ent-c',
    name: '青岛崂山智能电子科技有限公司',
    type: OrganisationType.Enterprise,
    regionCode: '370212',
    address: '青岛市崂山区科苑路 9 号（示例）',
  },
  {
    key: 'ent-d',
    name: '青岛蓝湾生物制药有限公司',
    type: OrganisationType.Enterprise,
    regionCode: '370212',
    address: '青岛市崂山区松岭路 21 号（示例）',
  },
  // registry-only pilots (no accounts): enough enterprises for district benchmark cells to be published
  {
    key: 'ent-e',
    name: '青岛港湾重工机械有限公司',
    type: OrganisationType.Enterprise,
    regionCode: '370211',
    address: '青岛市黄岛区前湾港路 88 号（示例）',
  },
  {
    key: 'ent-f',
    name: '青岛西海岸汽车零部件有限公司',
    type: OrganisationType.Enterprise,
    regionCode: '370211',
    address: '青岛市黄岛区江山中路 102 号（示例）',
  },
  {
    key: 'ent-g',
    name: '青岛崂山精工仪器有限公司',
    type: OrganisationType.Enterprise,
    regionCode: '370212',
    address: '青岛市崂山区株洲路 35 号（示例）',
  },
  {
    key: 'ent-h',
    name: '青岛城阳轨道装备有限公司',
    type: OrganisationType.Enterprise,
    regionCode: '370214',
    address: '青岛市城阳区棘洪滩街道锦宏东路 5 号（示例）',
  },
  // 市直企业: registered with the city itself, reviewed by the city bureau
  {
    key: 'ent-i',
    name: '青岛海联重型装备集团有限公司',
    type: OrganisationType.Enterprise,
    regionCode: '370200',
    address: '青岛市市南区香港中路 36 号（示例）',
  },
  // not pilots of the demo programme: they took part in the city's earlier wage survey and sent
  // people to its trainings and 示范班 (the evaluation's "带动一批")
  {
    key: 'np-a',
    name: '青岛金港机电设备有限公司',
    type: OrganisationType.Enterprise,
    regionCode: '370211',
    address: '青岛市黄岛区长江西路 120 号（示例）',
  },
  {
    key: 'np-b',
    name: '青岛海川液压科技有限公司',
    type: OrganisationType.Enterprise,
    regionCode: '370211',
    address: '青岛市黄岛区太行山路 45 号（示例）',
  },
  {
    key: 'np-c',
    name: '青岛崂山新材料科技有限公司',
    type: OrganisationType.Enterprise,
    regionCode: '370212',
    address: '青岛市崂山区同安路 880 号（示例）',
  },
  {
    key: 'np-d',
    name: '青岛北洋船舶配套集团有限公司',
    type: OrganisationType.Enterprise,
    regionCode: '370200',
    address: '青岛市市北区辽宁路 208 号（示例）',
  },
];

export const DEMO_ACCOUNTS: DemoAccount[] = [
  { username: 'qd-city', displayName: '市局业务员', role: Role.CityBureau, organisationKey: 'city-bureau' },
  // the second person of the city bureau: reviews and publishes what qd-city generates (maker-checker)
  {
    username: 'qd-city-checker',
    displayName: '市局审核员',
    role: Role.CityBureau,
    organisationKey: 'city-bureau',
  },
  {
    username: 'qd-huangdao',
    displayName: '黄岛区业务员',
    role: Role.DistrictBureau,
    organisationKey: 'bureau-370211',
  },
  {
    username: 'qd-laoshan',
    displayName: '崂山区业务员',
    role: Role.DistrictBureau,
    organisationKey: 'bureau-370212',
  },
  { username: 'ent-a', displayName: '海晟船舶人力资源部', role: Role.Enterprise, organisationKey: 'ent-a' },
  { username: 'ent-b', displayName: '瑞和精密人力资源部', role: Role.Enterprise, organisationKey: 'ent-b' },
  // the other pilots' HR clerks: every pilot reports its progress through its own account
  {
    username: 'ent-c',
    displayName: '崂山智能电子人力资源部',
    role: Role.Enterprise,
    organisationKey: 'ent-c',
  },
  {
    username: 'ent-d',
    displayName: '蓝湾生物制药人力资源部',
    role: Role.Enterprise,
    organisationKey: 'ent-d',
  },
  { username: 'ent-e', displayName: '港湾重工人力资源部', role: Role.Enterprise, organisationKey: 'ent-e' },
  {
    username: 'ent-f',
    displayName: '西海岸汽车零部件人力资源部',
    role: Role.Enterprise,
    organisationKey: 'ent-f',
  },
  {
    username: 'ent-g',
    displayName: '崂山精工仪器人力资源部',
    role: Role.Enterprise,
    organisationKey: 'ent-g',
  },
  {
    username: 'ent-h',
    displayName: '城阳轨道装备人力资源部',
    role: Role.Enterprise,
    organisationKey: 'ent-h',
  },
  {
    username: 'ent-i',
    displayName: '海联重型装备集团人力资源部',
    role: Role.Enterprise,
    organisationKey: 'ent-i',
  },
  {
    username: 'reviewer-union',
    displayName: '市总工会评审员',
    role: Role.Reviewer,
    organisationKey: 'union',
  },
  {
    username: 'reviewer-federation',
    displayName: '市企联评审员',
    role: Role.Reviewer,
    organisationKey: 'federation',
  },
  {
    username: 'reviewer-fic',
    displayName: '市工商联评审员',
    role: Role.Reviewer,
    organisationKey: 'commerce',
  },
  { username: 'sysadmin', displayName: '系统管理员', role: Role.SystemAdmin, organisationKey: 'platform' },
  { username: 'auditor', displayName: '审计管理员', role: Role.AuditAdmin, organisationKey: 'platform' },
];

/** Registry records of the demo enterprises (by organisation key); credit codes carry a valid check character. */
export interface DemoEnterprise {
  organisationKey: string;
  /** the first 17 characters: 91 (enterprise), the district code, an organisation code */
  creditCodeBase: string;
  industrySection: IndustrySection;
  ownership: Ownership;
  size: EnterpriseSize;
  headcount: number;
  skilledHeadcount: SkilledHeadcount;
  priorityCategories: PriorityCategory[];
}

export const DEMO_ENTERPRISES: DemoEnterprise[] = [
  {
    organisationKey: 'ent-a',
    creditCodeBase: '91370211MA3CHD2K1',
    industrySection: 'C',
    ownership: Ownership.StateOwned,
    size: EnterpriseSize.Large,
    headcount: 2860,
    skilledHeadcount: {
      [SkillLevel.Level4]: 620,
      [SkillLevel.Level3]: 410,
      [SkillLevel.Level2]: 96,
      [SkillLevel.Level1]: 18,
    },
    priorityCategories: [PriorityCategory.HarmoniousLabourRelations, PriorityCategory.SkillMasterStudio],
  },
  {
    organisationKey: 'ent-b',
    creditCodeBase: '91370211MA3DRH7P2',
    industrySection: 'C',
    ownership: Ownership.NonPublic,
    size: EnterpriseSize.Medium,
    headcount: 540,
    skilledHeadcount: { [SkillLevel.Level4]: 150, [SkillLevel.Level3]: 62, [SkillLevel.Level2]: 9 },
    priorityCategories: [PriorityCategory.SkillSelfEvaluation],
  },
  {
    organisationKey: 'ent-c',
    creditCodeBase: '91370212MA3ELX8N4',
    industrySection: 'C',
    ownership: Ownership.NonPublic,
    size: EnterpriseSize.Small,
    headcount: 180,
    skilledHeadcount: { [SkillLevel.Level4]: 40, [SkillLevel.Level3]: 12 },
    priorityCategories: [],
  },
  {
    organisationKey: 'ent-d',
    creditCodeBase: '91370212MA3FLW5Q6',
    industrySection: 'C',
    ownership: Ownership.StateOwned,
    size: EnterpriseSize.Large,
    headcount: 1320,
    skilledHeadcount: {
      [SkillLevel.Level4]: 300,
      [SkillLevel.Level3]: 150,
      [SkillLevel.Level2]: 35,
      [SkillLevel.Level1]: 6,
    },
    priorityCategories: [PriorityCategory.HarmoniousLabourRelations],
  },
  {
    organisationKey: 'ent-e',
    creditCodeBase: '91370211MA3GHW6X9',
    industrySection: 'C',
    ownership: Ownership.StateOwned,
    size: EnterpriseSize.Large,
    headcount: 2150,
    skilledHeadcount: {
      [SkillLevel.Level4]: 480,
      [SkillLevel.Level3]: 260,
      [SkillLevel.Level2]: 70,
      [SkillLevel.Level1]: 12,
    },
    priorityCategories: [PriorityCategory.SkillMasterStudio],
  },
  {
    organisationKey: 'ent-f',
    creditCodeBase: '91370211MA3HQP2T7',
    industrySection: 'C',
    ownership: Ownership.NonPublic,
    size: EnterpriseSize.Medium,
    headcount: 760,
    skilledHeadcount: { [SkillLevel.Level4]: 210, [SkillLevel.Level3]: 85, [SkillLevel.Level2]: 14 },
    priorityCategories: [PriorityCategory.SkillSelfEvaluation],
  },
  {
    organisationKey: 'ent-g',
    creditCodeBase: '91370212MA3JRN5U3',
    industrySection: 'C',
    ownership: Ownership.NonPublic,
    size: EnterpriseSize.Medium,
    headcount: 420,
    skilledHeadcount: { [SkillLevel.Level4]: 120, [SkillLevel.Level3]: 48, [SkillLevel.Level2]: 8 },
    priorityCategories: [],
  },
  {
    organisationKey: 'ent-h',
    creditCodeBase: '91370214MA3KTY8W1',
    industrySection: 'C',
    ownership: Ownership.StateOwned,
    size: EnterpriseSize.Large,
    headcount: 3400,
    skilledHeadcount: {
      [SkillLevel.Level4]: 760,
      [SkillLevel.Level3]: 430,
      [SkillLevel.Level2]: 120,
      [SkillLevel.Level1]: 25,
      [SkillLevel.Special]: 3,
    },
    priorityCategories: [PriorityCategory.HarmoniousLabourRelations, PriorityCategory.SkillSelfEvaluation],
  },
  {
    organisationKey: 'ent-i',
    creditCodeBase: '91370200MA3LHX3R5',
    industrySection: 'C',
    ownership: Ownership.StateOwned,
    size: EnterpriseSize.Large,
    headcount: 4200,
    skilledHeadcount: {
      [SkillLevel.Level4]: 980,
      [SkillLevel.Level3]: 560,
      [SkillLevel.Level2]: 150,
      [SkillLevel.Level1]: 32,
      [SkillLevel.Special]: 4,
    },
    priorityCategories: [PriorityCategory.SkillMasterStudio, PriorityCategory.SkillSelfEvaluation],
  },
];

/**
 * Registry records of enterprises that are not pilots of the demo programme: they uploaded wage data
 * to the city's earlier (closed) programme and attended its trainings, so the evaluation can set
 * pilots against non-pilots.
 */
export const DEMO_NON_PILOT_ENTERPRISES: DemoEnterprise[] = [
  {
    organisationKey: 'np-a',
    creditCodeBase: '91370211MA3MJK4C8',
    industrySection: 'C',
    ownership: Ownership.NonPublic,
    size: EnterpriseSize.Medium,
    headcount: 610,
    skilledHeadcount: { [SkillLevel.Level4]: 170, [SkillLevel.Level3]: 58, [SkillLevel.Level2]: 10 },
    priorityCategories: [],
  },
  {
    organisationKey: 'np-b',
    creditCodeBase: '91370211MA3NPL6D2',
    industrySection: 'C',
    ownership: Ownership.NonPublic,
    size: EnterpriseSize.Small,
    headcount: 260,
    skilledHeadcount: { [SkillLevel.Level4]: 70, [SkillLevel.Level3]: 22, [SkillLevel.Level2]: 4 },
    priorityCategories: [],
  },
  {
    organisationKey: 'np-c',
    creditCodeBase: '91370212MA3PQM7E4',
    industrySection: 'C',
    ownership: Ownership.NonPublic,
    size: EnterpriseSize.Medium,
    headcount: 480,
    skilledHeadcount: { [SkillLevel.Level4]: 130, [SkillLevel.Level3]: 40, [SkillLevel.Level2]: 6 },
    priorityCategories: [],
  },
  {
    organisationKey: 'np-d',
    creditCodeBase: '91370200MA3QRN8F6',
    industrySection: 'C',
    ownership: Ownership.StateOwned,
    size: EnterpriseSize.Large,
    headcount: 1850,
    skilledHeadcount: {
      [SkillLevel.Level4]: 420,
      [SkillLevel.Level3]: 230,
      [SkillLevel.Level2]: 48,
      [SkillLevel.Level1]: 9,
    },
    priorityCategories: [],
  },
];
