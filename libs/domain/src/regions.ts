/** Level of a region in the GB/T 2260 administrative division tree. */
export enum RegionLevel {
  Province = 'province',
  City = 'city',
  District = 'district',
}

export interface RegionSeed {
  code: string;
  name: string;
  nameEn: string;
  level: RegionLevel;
  parentCode: string | null;
}

/** A GB/T 2260 code is six digits: province (2), city (2), county-level division (2). */
export const REGION_CODE_PATTERN = /^\d{6}$/;

export function isRegionCode(code: string): boolean {
  return REGION_CODE_PATTERN.test(code);
}

/** Level implied by the code itself: 370000 province, 370200 city, 370211 district. */
export function regionLevelOfCode(code: string): RegionLevel {
  if (code.endsWith('0000')) return RegionLevel.Province;
  if (code.endsWith('00')) return RegionLevel.City;
  return RegionLevel.District;
}

/**
 * 青岛市 and its ten districts and county-level cities, with their GB/T 2260 codes.
 * Qingdao's city-direct enterprises (市直企业) belong to the city node itself.
 */
export const QINGDAO_REGIONS: readonly RegionSeed[] = [
  { code: '370000', name: '山东省', nameEn: 'Shandong', level: RegionLevel.Province, parentCode: null },
  { code: '370200', name: '青岛市', nameEn: 'Qingdao', level: RegionLevel.City, parentCode: '370000' },
  { code: '370202', name: '市南区', nameEn: 'Shinan', level: RegionLevel.District, parentCode: '370200' },
  { code: '370203', name: '市北区', nameEn: 'Shibei', level: RegionLevel.District, parentCode: '370200' },
  { code: '370211', name: '黄岛区', nameEn: 'Huangdao', level: RegionLevel.District, parentCode: '370200' },
  { code: '370212', name: '崂山区', nameEn: 'Laoshan', level: RegionLevel.District, parentCode: '370200' },
  { code: '370213', name: '李沧区', nameEn: 'Licang', level: RegionLevel.District, parentCode: '370200' },
  { code: '370214', name: '城阳区', nameEn: 'Chengyang', level: RegionLevel.District, parentCode: '370200' },
  { code: '370215', name: '即墨区', nameEn: 'Jimo', level: RegionLevel.District, parentCode: '370200' },
  { code: '370281', name: '胶州市', nameEn: 'Jiaozhou', level: RegionLevel.District, parentCode: '370200' },
  { code: '370283', name: '平度市', nameEn: 'Pingdu', level: RegionLevel.District, parentCode: '370200' },
  { code: '370285', name: '莱西市', nameEn: 'Laixi', level: RegionLevel.District, parentCode: '370200' },
];

/**
 * 云南省 曲靖市: the city whose published cases (曲靖市技能人才薪酬分配指引 附件2) the demo imports
 * as a collection of its own; no districts, its enterprises are named, not registered.
 */
export const QUJING_REGIONS: readonly RegionSeed[] = [
  { code: '530000', name: '云南省', nameEn: 'Yunnan', level: RegionLevel.Province, parentCode: null },
  { code: '530300', name: '曲靖市', nameEn: 'Qujing', level: RegionLevel.City, parentCode: '530000' },
];

/** Where an enterprise sits: its district (null for 市直, registered at the city itself) and its city. */
export interface Place {
  cityDirect: boolean;
  districtCode: string | null;
  cityCode: string;
  regionCode: string;
  regionName: string;
  regionNameEn: string;
}

export function placeOfRegion(region: {
  code: string;
  level: RegionLevel;
  parentCode: string | null;
  name: string;
  nameEn: string;
}): Place {
  const cityDirect = region.level === RegionLevel.City;
  return {
    cityDirect,
    districtCode: cityDirect ? null : region.code,
    cityCode: cityDirect ? region.code : region.parentCode!,
    regionCode: region.code,
    regionName: region.name,
    regionNameEn: region.nameEn,
  };
}
