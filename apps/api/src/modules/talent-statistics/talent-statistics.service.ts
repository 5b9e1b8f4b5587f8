import { Injectable } from '@nestjs/common';
import {
  chinaToday,
  INDUSTRY_SECTIONS,
  type IndustrySection,
  SKILL_LEVEL_LABELS,
  type SkillLevel,
  TALENT_AGE_BANDS,
  talentAgeBand,
} from '@skillpay/domain';
import { AccessService } from '../../common/access/access.service';
import { type Caller } from '../../common/auth/caller';
import {
  type TalentCountDto,
  type TalentStatisticsDto,
  type TalentStatisticsQueryDto,
} from './talent-statistics.dto';
import { TalentStatisticsRepository } from './talent-statistics.repository';

/**
 * 人才统计: the confirmed leading talents of the caller's region in figures — by honour, industry,
 * district, skill level and age band. Bureaus see their region; a city's reviewer organisations
 * their city, in aggregate only: no row names a person.
 */
@Injectable()
export class TalentStatisticsService {
  constructor(
    private readonly repository: TalentStatisticsRepository,
    private readonly access: AccessService,
  ) {}

  async get(caller: Caller, query: TalentStatisticsQueryDto): Promise<TalentStatisticsDto> {
    const scope = this.access.talentStatisticsScope(caller);
    const year = query.year ?? Number(chinaToday().slice(0, 4));
    const [total, honours, industries, districts, levels, birthYears, regionName] = await Promise.all([
      this.repository.total(scope),
      this.repository.byHonour(scope),
      this.repository.byIndustry(scope),
      this.repository.byDistrict(scope),
      this.repository.bySkillLevel(scope),
      this.repository.byBirthYear(scope),
      this.repository.regionName(scope),
    ]);
    const bands = new Map<string, number>(TALENT_AGE_BANDS.map((band) => [band.key, 0]));
    for (const row of birthYears) {
      const band = talentAgeBand(Number(row.key), year);
      bands.set(band, (bands.get(band) ?? 0) + row.count);
    }
    const count = (key: string, label: string, labelEn: string | null, value: number): TalentCountDto => ({
      key,
      label,
      labelEn,
      count: value,
    });
    return {
      year,
      regionName,
      total,
      byHonour: honours.map((row) => count(row.key, row.label, row.label_en, row.count)),
      byIndustry: industries.map((row) => {
        const section = INDUSTRY_SECTIONS[row.key as IndustrySection];
        return count(row.key, section?.['zh-CN'] ?? row.key, section?.en ?? null, row.count);
      }),
      byDistrict: districts.map((row) => count(row.key, row.label, row.label_en, row.count)),
      bySkillLevel: levels.map((row) => {
        const labels = SKILL_LEVEL_LABELS[row.key as SkillLevel];
        return count(row.key, labels['zh-CN'], labels.en, row.count);
      }),
      byAgeBand: TALENT_AGE_BANDS.map((band) =>
        count(band.key, band.label['zh-CN'], band.label.en, bands.get(band.key)!),
      ),
    };
  }
}
