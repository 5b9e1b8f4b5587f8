import { Injectable } from '@nestjs/common';
import { benchmarkReleaseLabel, compaRatio, payBand } from '@skillpay/domain';
import { AccessService } from '../../common/access/access.service';
import { type Caller } from '../../common/auth/caller';
import { BenchmarkReleasesRepository } from '../benchmark-releases/benchmark-releases.repository';
import {
  type BenchmarkPositionDto,
  type PositionBenchmarkDto,
  type PositionItemDto,
  type PositionOptionListDto,
  type PositionQueryDto,
} from './benchmark-position.dto';
import { BenchmarkPositionRepository, type PositionRow } from './benchmark-position.repository';
import { ProgrammeException } from '../programmes/programme.exception';

/**
 * 薪酬对标: an enterprise's own pay by occupation × skill level beside the published quartiles —
 * its district's cell when published, else the city's — with the compa-ratio (mean ÷ P50) and the
 * band it falls in. Only ever the caller's own data; only published figures.
 */
@Injectable()
export class BenchmarkPositionService {
  constructor(
    private readonly repository: BenchmarkPositionRepository,
    private readonly releases: BenchmarkReleasesRepository,
    private readonly access: AccessService,
  ) {}

  async options(caller: Caller): Promise<PositionOptionListDto> {
    const rows = await this.repository.options(this.access.scope(caller, 'benchmarkPosition', 'read'));
    return {
      items: rows.map((row) => ({
        programmeId: row.programmeId,
        programmeTitle: row.programmeTitle,
        year: row.year,
        releaseLabel: benchmarkReleaseLabel(row.year, row.releaseNumber),
      })),
    };
  }

  async position(caller: Caller, query: PositionQueryDto): Promise<BenchmarkPositionDto> {
    const programme = await this.releases.findProgramme(
      this.access.programmeScope(caller, 'read'),
      query.programmeId,
    );
    if (!programme) {
      throw ProgrammeException.invalid('programmeId', 'programme_not_visible');
    }
    const upload = await this.repository.currentUpload(
      this.access.scope(caller, 'benchmarkPosition', 'read'),
      programme.id,
      query.year,
    );
    const release = await this.releases.findServed(programme.id, query.year);
    const result: BenchmarkPositionDto = {
      programmeId: programme.id,
      year: query.year,
      upload: upload
        ? {
            id: upload.id,
            versionNumber: upload.versionNumber,
            rowCount: upload.rowCount,
            processedAt: upload.processedAt,
          }
        : null,
      release: release
        ? {
            id: release.id,
            label: benchmarkReleaseLabel(query.year, release.releaseNumber)!,
            publishedAt: release.publishedAt!,
          }
        : null,
      items: [],
    };
    if (!upload) return result;
    const rows = await this.repository.position(
      upload.id,
      release?.id ?? null,
      upload.regionCode,
      programme.regionCode,
    );
    const names = await this.repository.regionNames([upload.regionCode, programme.regionCode]);
    result.items = rows.map((row) => this.item(row, upload.regionCode, programme.regionCode, names));
    return result;
  }

  private item(
    row: PositionRow,
    districtCode: string,
    cityCode: string,
    names: Map<string, { name: string; nameEn: string }>,
  ): PositionItemDto {
    const benchmark = ((): PositionBenchmarkDto | null => {
      // a city-direct enterprise's "district" is the city itself
      const district = districtCode !== cityCode && row.districtP50 !== null;
      const [p25, p50, p75] = district
        ? [row.districtP25, row.districtP50, row.districtP75]
        : [row.cityP25, row.cityP50, row.cityP75];
      if (p25 === null || p50 === null || p75 === null) return null;
      const regionCode = district ? districtCode : cityCode;
      const region = names.get(regionCode);
      return {
        source: district ? 'district' : 'city',
        regionCode,
        regionName: region?.name ?? regionCode,
        regionNameEn: region?.nameEn ?? regionCode,
        p25,
        p50,
        p75,
      };
    })();
    return {
      occupationCode: row.occupationCode,
      occupationName: row.occupationName,
      occupationNameEn: row.occupationNameEn,
      urgentlyNeeded: row.urgentlyNeeded,
      skillLevel: row.skillLevel,
      employees: row.employees,
      mean: row.mean,
      benchmark,
      compaRatio: benchmark ? compaRatio(row.mean, benchmark.p50) : null,
      band: benchmark ? payBand(row.mean, benchmark.p25, benchmark.p50, benchmark.p75) : null,
    };
  }
}
