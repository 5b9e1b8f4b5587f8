import { EnterpriseSize, OrganisationType, Ownership, PriorityCategory } from '@skillpay/domain';
import { type DataSource } from 'typeorm';
import { EnterpriseEntity } from '../src/modules/enterprises/enterprise.entity';
import { type OrganisationEntity } from '../src/modules/organisations/organisation.entity';
import { validCreditCode } from './programme-builders';
import { newOrganisation, unique } from './test-app';

/** Builders for the enterprise registry and pilot selection. */

/** A request body for POST /api/enterprises, valid unless overridden. */
export function enterpriseInput(overrides: Record<string, unknown> = {}) {
  const regionCode = (overrides.regionCode as string | undefined) ?? '370211';
  return {
    creditCode: validCreditCode(regionCode),
    name: unique('青岛测试制造有限公司'),
    regionCode,
    industrySection: 'C',
    ownership: Ownership.NonPublic,
    size: EnterpriseSize.Medium,
    headcount: 320,
    skilledHeadcount: { 'level-3': 40, 'level-2': 6 },
    priorityCategories: [PriorityCategory.SkillSelfEvaluation],
    address: '青岛市测试路 1 号',
    contactPerson: '王经理',
    contactPhone: '0532-80001234',
    ...overrides,
  };
}

/** An enterprise organisation with its registry row, written straight to the tables. */
export async function newEnterprise(
  dataSource: DataSource,
  overrides: Partial<EnterpriseEntity> & { regionCode?: string; name?: string } = {},
): Promise<OrganisationEntity> {
  const { regionCode = '370211', name, ...fields } = overrides;
  const organisation = await newOrganisation(dataSource, {
    type: OrganisationType.Enterprise,
    regionCode,
    ...(name ? { name } : {}),
  });
  await dataSource.getRepository(EnterpriseEntity).insert({
    id: organisation.id,
    creditCode: validCreditCode(regionCode),
    industrySection: 'C',
    ownership: Ownership.NonPublic,
    size: EnterpriseSize.Medium,
    headcount: 300,
    skilledHeadcount: {},
    priorityCategories: [],
    ...fields,
  });
  return organisation;
}
