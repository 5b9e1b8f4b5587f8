import { OrganisationType, RegionLevel, ServiceCategory, ServiceRequestStatus } from '@skillpay/domain';
import { type DataSource } from 'typeorm';
import { type OrganisationEntity } from '../src/modules/organisations/organisation.entity';
import { RegionEntity } from '../src/modules/regions/region.entity';
import { ServiceRequestEntity } from '../src/modules/service-requests/service-request.entity';
import { newOrganisation } from './test-app';

/** Builders for the service window (服务窗口) and the contact log, written straight to the tables. */

/**
 * A city of its own with two districts, so that a bureau's figures (dashboard, coverage) count
 * only what the test built: codes 9xxx00 that no real division uses.
 */
export async function newCity(
  dataSource: DataSource,
): Promise<{ cityCode: string; districtCode: string; otherDistrictCode: string }> {
  const regions = dataSource.getRepository(RegionEntity);
  for (;;) {
    const prefix = `9${String(Math.floor(Math.random() * 1000)).padStart(3, '0')}`;
    const cityCode = `${prefix}00`;
    if (await regions.existsBy({ code: cityCode })) continue;
    const districtCode = `${prefix}01`;
    const otherDistrictCode = `${prefix}02`;
    await regions.insert({
      code: cityCode,
      name: `测试市${prefix}`,
      nameEn: `Test City ${prefix}`,
      level: RegionLevel.City,
      parentCode: null,
      path: `${cityCode}/`,
    });
    for (const [code, name] of [
      [districtCode, '甲区'],
      [otherDistrictCode, '乙区'],
    ]) {
      await regions.insert({
        code,
        name,
        nameEn: name,
        level: RegionLevel.District,
        parentCode: cityCode,
        path: `${cityCode}/${code}/`,
      });
    }
    return { cityCode, districtCode, otherDistrictCode };
  }
}

/** A government department (教育局 …) of a region: no accounts, requests are routed to it. */
export function newDepartment(
  dataSource: DataSource,
  regionCode: string,
  name: string,
): Promise<OrganisationEntity> {
  return newOrganisation(dataSource, { type: OrganisationType.GovernmentDepartment, regionCode, name });
}

export interface NewServiceRequestOptions {
  talentId: string;
  requesterOrganisationId: string;
  createdBy: string;
  category?: ServiceCategory;
  status?: ServiceRequestStatus;
  receivedOn: string;
  dueOn: string;
  resolvedOn?: string | null;
  departmentId?: string | null;
  rating?: number | null;
}

export async function newServiceRequest(
  dataSource: DataSource,
  options: NewServiceRequestOptions,
): Promise<string> {
  const saved = await dataSource.getRepository(ServiceRequestEntity).save({
    talentId: options.talentId,
    category: options.category ?? ServiceCategory.Schooling,
    description: '子女入学',
    status: options.status ?? ServiceRequestStatus.Received,
    requesterOrganisationId: options.requesterOrganisationId,
    createdBy: options.createdBy,
    receivedOn: options.receivedOn,
    dueOn: options.dueOn,
    resolvedOn: options.resolvedOn ?? null,
    departmentId: options.departmentId ?? null,
    rating: options.rating ?? null,
    outcome: options.resolvedOn ? '已办结' : null,
  });
  return saved.id;
}
