import { Injectable } from '@nestjs/common';
import {
  benchmarkReleaseLabel,
  FOOTNOTE_EXPLANATIONS,
  FOOTNOTE_LABELS,
  FootnoteCode,
} from '@skillpay/domain';
import { AppException } from '../../common/errors/app.exception';
import { type FileResponse } from '../../common/http/file-response';
import { BenchmarkReleasesRepository } from '../benchmark-releases/benchmark-releases.repository';
import { BenchmarkReleasesService } from '../benchmark-releases/benchmark-releases.service';
import { buildCellsExport, exportFile, type ExportFormat } from '../benchmark-releases/cells-export';
import {
  type PublicBenchmarkCellDto,
  type PublicBenchmarkListDto,
  type PublicBenchmarkQueryDto,
  type PublicExportQueryDto,
  type PublicFiltersDto,
  type PublicMethodDto,
  type PublicReleaseListDto,
} from './public-benchmarks.dto';
import {
  PublicBenchmarksRepository,
  type ServedCellRow,
  type ServedFilter,
} from './public-benchmarks.repository';

/**
 * The public projection of a cell: a withheld cell keeps its footnote and loses every figure,
 * including employees and enterprises (they would tell how close it came to the thresholds).
 */
export function toPublicCell(row: ServedCellRow): PublicBenchmarkCellDto {
  const withheld = row.footnote !== null;
  const figure = (value: number) => (withheld ? null : value);
  return {
    releaseId: row.releaseId,
    releaseNumber: row.releaseNumber,
    releaseLabel: benchmarkReleaseLabel(row.year, row.releaseNumber)!,
    year: row.year,
    occupationCode: row.occupationCode,
    occupationName: row.occupationName,
    occupationNameEn: row.occupationNameEn,
    urgentlyNeeded: row.urgentlyNeeded,
    skillLevel: row.skillLevel,
    regionCode: row.regionCode,
    regionName: row.regionName,
    regionNameEn: row.regionNameEn,
    p10: figure(row.p10),
    p25: figure(row.p25),
    p50: figure(row.p50),
    p75: figure(row.p75),
    p90: figure(row.p90),
    mean: figure(row.mean),
    employees: figure(row.employees),
    enterprises: figure(row.enterprises),
    footnote: row.footnote,
    carriedFrom: benchmarkReleaseLabel(row.year, row.carriedFromNumber),
  };
}

function servedFilter(query: PublicExportQueryDto): ServedFilter {
  const { occupation, skillLevel, regionCode, year, releaseId } = query;
  return { occupation, skillLevel, regionCode, year, releaseId };
}

/** The published wage benchmarks for anyone, without login: the latest release of each programme and year. */
@Injectable()
export class PublicBenchmarksService {
  constructor(
    private readonly repository: PublicBenchmarksRepository,
    private readonly releases: BenchmarkReleasesRepository,
    private readonly releaseService: BenchmarkReleasesService,
  ) {}

  async list(query: PublicBenchmarkQueryDto): Promise<PublicBenchmarkListDto> {
    await this.assertPublished(query.releaseId);
    const [rows, total] = await this.repository.cellPage(servedFilter(query), query);
    return { items: rows.map(toPublicCell), total };
  }

  async releasesList(): Promise<PublicReleaseListDto> {
    const rows = await this.repository.releases();
    return {
      items: rows.map((row) => ({ ...row, label: benchmarkReleaseLabel(row.year, row.releaseNumber)! })),
    };
  }

  async filters(): Promise<PublicFiltersDto> {
    return this.repository.filters();
  }

  /** Method notes of the served releases (or of one published release) and what each footnote means. */
  async method(releaseId?: string): Promise<PublicMethodDto> {
    const published = await this.repository.releases(releaseId ? [releaseId] : undefined);
    // an id that is not a published release is unknown to the public, whatever it is
    if (releaseId && !published.length) throw AppException.notFound();
    const items = [];
    for (const release of published.filter((row) => (releaseId ? true : row.latest))) {
      const row = (await this.releases.findInScope({ kind: 'all' }, { kind: 'none' }, release.id))!;
      items.push({
        releaseId: release.id,
        label: benchmarkReleaseLabel(release.year, release.releaseNumber)!,
        programmeTitle: release.programmeTitle,
        year: release.year,
        methodNote: await this.releaseService.methodNote(row),
      });
    }
    return {
      items,
      footnotes: Object.values(FootnoteCode).map((code) => ({
        code,
        label: { zhCN: FOOTNOTE_LABELS[code]['zh-CN'], en: FOOTNOTE_LABELS[code].en },
        explanation: { zhCN: FOOTNOTE_EXPLANATIONS[code]['zh-CN'], en: FOOTNOTE_EXPLANATIONS[code].en },
      })),
    };
  }

  async export(format: ExportFormat, query: PublicExportQueryDto): Promise<FileResponse> {
    const method = await this.method(query.releaseId);
    const rows = await this.repository.allCells(servedFilter(query));
    const body = await buildCellsExport(
      format,
      rows.map((cell) => ({
        release: benchmarkReleaseLabel(cell.year, cell.releaseNumber)!,
        year: cell.year,
        cell,
      })),
      method.items.map((item) => ({ release: item.label, note: item.methodNote })),
    );
    const name = method.items.length === 1 ? `工资价位-${method.items[0].label}` : '工资价位';
    return exportFile(format, name, body);
  }

  /** An id that is not a published release is unknown to the public, whatever it is. */
  private async assertPublished(releaseId: string | undefined): Promise<void> {
    if (!releaseId) return;
    const [release] = await this.repository.releases([releaseId]);
    if (!release) throw AppException.notFound();
  }
}
