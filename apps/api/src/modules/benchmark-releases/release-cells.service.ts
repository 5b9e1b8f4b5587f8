import { Injectable } from '@nestjs/common';
import { benchmarkReleaseLabel, BenchmarkReleaseStatus } from '@skillpay/domain';
import { AccessService } from '../../common/access/access.service';
import { type Caller } from '../../common/auth/caller';
import { type FileResponse } from '../../common/http/file-response';
import { AuditService } from '../audit/audit.service';
import { BenchmarkReleaseException } from './benchmark-release.exception';
import {
  type CellDifferenceDto,
  type CellFiguresDto,
  type ComparedCellDto,
  type ReleaseCellDto,
  type ReleaseCellListDto,
  type ReleaseCellQueryDto,
  type ReleaseComparisonDto,
} from './benchmark-releases.dto';
import { BenchmarkReleasesRepository, type CellRow } from './benchmark-releases.repository';
import { BenchmarkReleasesService } from './benchmark-releases.service';
import { buildCellsExport, exportFile, type ExportFormat } from './cells-export';

/** Figures compared cell by cell between two releases, in display order. */
const COMPARED_FIGURES = ['employees', 'enterprises', 'mean', 'p10', 'p25', 'p50', 'p75', 'p90'] as const;

const cellKey = (cell: Pick<CellRow, 'occupationCode' | 'skillLevel' | 'regionCode'>) =>
  `${cell.occupationCode}|${cell.skillLevel}|${cell.regionCode}`;

function figuresOf(cell: CellRow, year: number): CellFiguresDto {
  const { employees, enterprises, mean, p10, p25, p50, p75, p90, footnote } = cell;
  const carriedFrom = benchmarkReleaseLabel(year, cell.carriedFromNumber);
  return { employees, enterprises, mean, p10, p25, p50, p75, p90, footnote, carriedFrom };
}

/** A release's cell for the bureaus, its carried-forward mark as a release label. */
function toReleaseCell({ carriedFromNumber, ...cell }: CellRow, year: number): ReleaseCellDto {
  return { ...cell, carriedFrom: benchmarkReleaseLabel(year, carriedFromNumber) };
}

/** What differs between two versions of a cell: each figure with its change, and the footnote. */
export function cellDifferences(from: CellRow, to: CellRow): CellDifferenceDto[] {
  const differences: CellDifferenceDto[] = [];
  if (from.footnote !== to.footnote) {
    differences.push({
      field: 'footnote',
      from: from.footnote,
      to: to.footnote,
      delta: null,
      deltaPercent: null,
    });
  }
  for (const field of COMPARED_FIGURES) {
    if (from[field] === to[field]) continue;
    const delta = Math.round((to[field] - from[field]) * 100) / 100;
    differences.push({
      field,
      from: String(from[field]),
      to: String(to[field]),
      delta,
      deltaPercent: from[field] === 0 ? null : Math.round((delta / from[field]) * 10_000) / 100,
    });
  }
  return differences;
}

/** The cells of a release the caller may read: a page of them, the publication file, two releases compared. */
@Injectable()
export class ReleaseCellsService {
  constructor(
    private readonly releases: BenchmarkReleasesService,
    private readonly repository: BenchmarkReleasesRepository,
    private readonly access: AccessService,
    private readonly audit: AuditService,
  ) {}

  async cells(caller: Caller, id: string, query: ReleaseCellQueryDto): Promise<ReleaseCellListDto> {
    const { release } = await this.releases.findOrFail(caller, id);
    const { page, pageSize, suppressed, ...filter } = query;
    const [items, total] = await this.repository.cellPage(
      id,
      this.access.programmeScope(caller, 'read'),
      { ...filter, suppressed: suppressed === undefined ? undefined : suppressed === 'true' },
      { page, pageSize },
    );
    return { items: items.map((cell) => toReleaseCell(cell, release.year)), total };
  }

  /**
   * The release as a publication file: what the public receives (withheld cells carry only their
   * footnote), so an exported file can circulate without disclosing anything. Audited.
   */
  async export(caller: Caller, id: string, format: ExportFormat, skillLevel?: string): Promise<FileResponse> {
    const row = await this.releases.findOrFail(caller, id);
    const { release } = row;
    const name = benchmarkReleaseLabel(release.year, release.releaseNumber) ?? `${release.year}-draft`;
    const cells = await this.repository.allCells(id, this.access.programmeScope(caller, 'read'), {
      skillLevel,
    });
    const body = await buildCellsExport(
      format,
      cells.map((cell) => ({ release: name, year: release.year, cell })),
      [{ release: name, note: await this.releases.methodNote(row) }],
    );
    await this.audit.record({
      action: 'benchmark_release.export',
      entityType: 'benchmark_release',
      entityId: id,
      after: { format, cells: cells.length, ...(skillLevel ? { skillLevel } : {}) },
    });
    return exportFile(format, `工资价位-${row.regionName}-${name}`, body);
  }

  /** Two releases cell by cell: cells added, removed, and changed with each difference. */
  async compare(caller: Caller, fromId: string, toId: string): Promise<ReleaseComparisonDto> {
    if (fromId === toId) {
      throw BenchmarkReleaseException.invalid('to', 'benchmark_compare_same');
    }
    const from = await this.releases.findOrFail(caller, fromId);
    const to = await this.releases.findOrFail(caller, toId);
    // a discarded draft was never meant to be read, and cells of other programmes or years are other cells
    for (const [field, row] of [
      ['from', from],
      ['to', to],
    ] as const) {
      if (row.release.status === BenchmarkReleaseStatus.Discarded) {
        throw BenchmarkReleaseException.invalid(field, 'benchmark_compare_discarded');
      }
    }
    if (from.release.programmeId !== to.release.programmeId) {
      throw BenchmarkReleaseException.invalid('to', 'benchmark_compare_programme');
    }
    if (from.release.year !== to.release.year) {
      throw BenchmarkReleaseException.invalid('to', 'benchmark_compare_year', {
        from: from.release.year,
        to: to.release.year,
      });
    }
    const scope = this.access.programmeScope(caller, 'read');
    const before = new Map(
      (await this.repository.allCells(fromId, scope)).map((cell) => [cellKey(cell), cell]),
    );
    const after = await this.repository.allCells(toId, scope);
    const compared = (cell: CellRow, old: CellRow | null, now: CellRow | null): ComparedCellDto => ({
      occupationCode: cell.occupationCode,
      occupationName: cell.occupationName,
      occupationNameEn: cell.occupationNameEn,
      skillLevel: cell.skillLevel,
      regionCode: cell.regionCode,
      regionName: cell.regionName,
      regionNameEn: cell.regionNameEn,
      from: old ? figuresOf(old, from.release.year) : null,
      to: now ? figuresOf(now, to.release.year) : null,
      differences: old && now ? cellDifferences(old, now) : [],
    });
    const result: ReleaseComparisonDto = {
      from: this.releases.toDto(caller, from),
      to: this.releases.toDto(caller, to),
      added: [],
      removed: [],
      changed: [],
      unchanged: 0,
    };
    for (const cell of after) {
      const old = before.get(cellKey(cell));
      before.delete(cellKey(cell));
      if (!old) result.added.push(compared(cell, null, cell));
      else if (cellDifferences(old, cell).length > 0) result.changed.push(compared(cell, old, cell));
      else result.unchanged += 1;
    }
    result.removed = [...before.values()].map((cell) => compared(cell, cell, null));
    return result;
  }
}
