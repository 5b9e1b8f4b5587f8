import { WAGE_SKILL_LEVELS } from '@skillpay/domain';
import dayjs from 'dayjs';
import { type ReactNode, Suspense, lazy, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../app/api/api-error';
import { Pagination } from '../../public/pagination';
import { PublicAlert, PublicEmpty, PublicIcon, PublicSection, PublicTag } from '../../public/public-ui';
import { SearchSelect } from '../../public/search-select';
import { formatYuan, useBenchmarkLabels } from './benchmark-vocabulary';
import { type LevelRange } from './level-range-chart';
import { FootnoteList, MethodNoteView } from './method-note';
import {
  type PublicCell,
  type PublicQuery,
  publicExportUrl,
  usePublicCells,
  usePublicFilters,
  usePublicMethod,
  usePublicOccupations,
  usePublicReleases,
} from './public-benchmarks.api';

/** Skill levels in ladder order, as the API spells them. */
const LEVEL_ORDER: readonly string[] = WAGE_SKILL_LEVELS;

/** Chart height in px. */
const CHART_HEIGHT = 320;

const LevelRangeChart = lazy(async () => ({
  default: (await import('./level-range-chart')).LevelRangeChart,
}));

type Filters = Pick<PublicQuery, 'occupation' | 'skillLevel' | 'regionCode' | 'year'>;

/**
 * 工资价位查询: the published benchmarks for anyone, without login — search and filters, the
 * urgently needed occupations marked, a P10–P90 chart by skill level for one occupation, the
 * footnotes and method explained, downloads of the current and of every earlier release.
 *
 * Drawn without antd (a plain table, native selects, the public pieces of src/public/), in the
 * frame of PublicLayout: a first visit loads the light public entry (docs/web-performance.md).
 */
export function PublicBenchmarksPage() {
  const { t } = useTranslation();
  const [filters, setFilters] = useState<Filters>({});
  const [page, setPage] = useState({ page: 1, pageSize: 20 });
  const [chartOccupation, setChartOccupation] = useState<{ code: string; name: string } | undefined>();
  const query: PublicQuery = { ...filters, ...page };
  const cells = usePublicCells(query);

  const change = (next: Partial<Filters>, occupationName?: string) => {
    setFilters((current) => ({ ...current, ...next }));
    setPage((current) => ({ ...current, page: 1 }));
    if (next.occupation)
      setChartOccupation({ code: next.occupation, name: occupationName ?? next.occupation });
  };

  return (
    <div className="public-page">
      <div>
        <h1 className="public-title">{t('benchmarks:public.title')}</h1>
        <p className="public-subtitle">{t('benchmarks:public.subtitle')}</p>
      </div>
      <FilterBar filters={filters} onChange={change} />
      {cells.isError ? <PublicAlert>{errorMessage(cells.error)}</PublicAlert> : null}
      <PublicSection
        title={t('benchmarks:title')}
        extra={(['xlsx', 'csv'] as const).map((format) => (
          <a
            key={format}
            className="public-button"
            href={publicExportUrl(format, filters)}
            data-testid={`public-download-${format}`}
          >
            <PublicIcon name="download" />
            {t('benchmarks:public.download')} {format}
          </a>
        ))}
      >
        <CellTable
          cells={cells.data?.items ?? []}
          loading={cells.isFetching}
          onOccupation={setChartOccupation}
        />
        <Pagination
          total={cells.data?.total ?? 0}
          page={page.page}
          pageSize={page.pageSize}
          onChange={(current, pageSize) => setPage({ page: current, pageSize })}
        />
      </PublicSection>
      <PublicSection
        title={
          chartOccupation
            ? t('benchmarks:public.chartTitle', { occupation: chartOccupation.name })
            : t('benchmarks:public.chartHint')
        }
      >
        {chartOccupation ? (
          <LevelChart occupation={chartOccupation.code} regionCode={filters.regionCode} year={filters.year} />
        ) : (
          <PublicEmpty>{t('benchmarks:public.chartHint')}</PublicEmpty>
        )}
      </PublicSection>
      <div className="public-columns">
        <PublicSection title={t('benchmarks:public.method')} className="public-columns__wide">
          <MethodSection />
        </PublicSection>
        <PublicSection title={t('benchmarks:public.releases')} className="public-columns__narrow">
          <ReleaseList />
        </PublicSection>
      </div>
    </div>
  );
}

interface FilterBarProps {
  filters: Filters;
  onChange: (next: Partial<Filters>, occupationName?: string) => void;
}

function FilterBar({ filters, onChange }: FilterBarProps) {
  const { t } = useTranslation();
  const labels = useBenchmarkLabels();
  const [search, setSearch] = useState('');
  const occupations = usePublicOccupations(search);
  const options = usePublicFilters();
  const occupationName = (occupation: { nameZh: string; nameEn?: string | null }) =>
    labels.language === 'en' ? (occupation.nameEn ?? occupation.nameZh) : occupation.nameZh;
  return (
    <div className="public-filters" role="search">
      <Field label={t('benchmarks:occupation')} wide>
        <SearchSelect
          label={t('benchmarks:occupation')}
          placeholder={t('benchmarks:occupationSearch')}
          value={filters.occupation}
          onSearch={setSearch}
          onChange={(value) => {
            const chosen = occupations.data?.items.find((occupation) => occupation.code === value);
            onChange({ occupation: value }, chosen && occupationName(chosen));
          }}
          loading={occupations.isFetching}
          data-testid="public-occupation"
          options={(occupations.data?.items ?? []).map((occupation) => ({
            value: occupation.code,
            label: `${occupationName(occupation)} ${occupation.code}${
              occupation.urgentlyNeeded ? ` · ${t('benchmarks:urgent')}` : ''
            }`,
          }))}
        />
      </Field>
      <Field label={t('benchmarks:skillLevel')}>
        {(id) => (
          <NativeSelect
            id={id}
            value={filters.skillLevel}
            onChange={(value) => onChange({ skillLevel: value as Filters['skillLevel'] })}
            data-testid="public-skill-level"
            options={WAGE_SKILL_LEVELS.map((level) => ({ value: level, label: labels.skillLevel(level) }))}
          />
        )}
      </Field>
      <Field label={t('benchmarks:region')}>
        {(id) => (
          <NativeSelect
            id={id}
            value={filters.regionCode}
            onChange={(value) => onChange({ regionCode: value })}
            data-testid="public-region"
            options={(options.data?.regions ?? []).map((region) => ({
              value: region.code,
              label: labels.language === 'en' ? region.nameEn : region.name,
            }))}
          />
        )}
      </Field>
      <Field label={t('benchmarks:year')}>
        {(id) => (
          <NativeSelect
            id={id}
            value={filters.year === undefined ? undefined : String(filters.year)}
            onChange={(value) => onChange({ year: value === undefined ? undefined : Number(value) })}
            data-testid="public-year"
            options={(options.data?.years ?? []).map((year) => ({
              value: String(year),
              label: String(year),
            }))}
          />
        )}
      </Field>
    </div>
  );
}

interface FieldProps {
  label: string;
  /** the occupation search is wider than the selects */
  wide?: boolean;
  /** the control, given the id its label points at; or a control that names itself */
  children: ReactNode | ((id: string) => ReactNode);
}

/** A filter with its visible label above it. */
function Field({ label, wide = false, children }: FieldProps) {
  const id = useId();
  const labelled = typeof children === 'function';
  return (
    <div className={`public-field${wide ? ' public-field--wide' : ''}`}>
      {labelled ? (
        <label className="public-field__label" htmlFor={id}>
          {label}
        </label>
      ) : (
        <span className="public-field__label" aria-hidden>
          {label}
        </span>
      )}
      {labelled ? children(id) : children}
    </div>
  );
}

interface NativeSelectProps {
  id: string;
  value: string | undefined;
  options: readonly { value: string; label: string }[];
  onChange: (value: string | undefined) => void;
  'data-testid'?: string;
}

/** A filter as the browser draws it: "all" first, then the options. */
function NativeSelect({ id, value, options, onChange, ...rest }: NativeSelectProps) {
  const { t } = useTranslation();
  return (
    <select
      id={id}
      className="public-select"
      value={value ?? ''}
      onChange={(event) => onChange(event.target.value === '' ? undefined : event.target.value)}
      data-testid={rest['data-testid']}
    >
      <option value="">{t('public.all')}</option>
      {options.map((option) => (
        <option key={option.value} value={option.value}>
          {option.label}
        </option>
      ))}
    </select>
  );
}

interface CellTableProps {
  cells: PublicCell[];
  loading: boolean;
  onOccupation: (occupation: { code: string; name: string }) => void;
}

interface Column {
  key: string;
  title: string;
  numeric?: boolean;
  render: (cell: PublicCell) => ReactNode;
}

/** The published cells: a plain table that scrolls sideways inside its panel when it must. */
function CellTable({ cells, loading, onOccupation }: CellTableProps) {
  const { t } = useTranslation();
  const labels = useBenchmarkLabels();
  const yuan = (value: number | null) => formatYuan(value, labels.language);
  const figure = (key: 'p10' | 'p25' | 'p50' | 'p75' | 'p90' | 'mean', title: string): Column => ({
    key,
    title,
    numeric: true,
    render: (cell) => yuan(cell[key]),
  });
  const columns: Column[] = [
    {
      key: 'occupation',
      title: t('benchmarks:occupation'),
      render: (cell) => (
        <button
          type="button"
          className="public-link-button"
          onClick={() => onOccupation({ code: cell.occupationCode, name: labels.occupation(cell) })}
          data-testid="public-occupation-link"
        >
          <OccupationName cell={cell} />
        </button>
      ),
    },
    { key: 'level', title: t('benchmarks:skillLevel'), render: (cell) => labels.skillLevel(cell.skillLevel) },
    { key: 'region', title: t('benchmarks:region'), render: (cell) => labels.region(cell) },
    { key: 'year', title: t('benchmarks:year'), render: (cell) => cell.year },
    figure('p10', 'P10'),
    figure('p25', 'P25'),
    figure('p50', t('benchmarks:median')),
    figure('p75', 'P75'),
    figure('p90', 'P90'),
    figure('mean', t('benchmarks:mean')),
    {
      key: 'employees',
      title: t('benchmarks:employees'),
      numeric: true,
      render: (cell) => cell.employees ?? '—',
    },
    {
      key: 'enterprises',
      title: t('benchmarks:enterprises'),
      numeric: true,
      render: (cell) => cell.enterprises ?? '—',
    },
    { key: 'footnote', title: t('benchmarks:footnote'), render: (cell) => <CellMark cell={cell} /> },
    { key: 'release', title: t('benchmarks:public.release'), render: (cell) => cell.releaseLabel },
  ];
  return (
    // a keyboard can scroll the region sideways: it takes the focus, and says what it holds
    <div className="public-table-scroll" role="region" aria-label={t('benchmarks:title')} tabIndex={0}>
      <table className="public-table" data-testid="public-cells" aria-busy={loading}>
        <thead>
          <tr>
            {columns.map((column) => (
              <th
                key={column.key}
                scope="col"
                className={column.numeric ? 'public-table__numeric' : undefined}
              >
                {column.title}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {cells.map((cell) => (
            <tr key={`${cell.releaseId}|${cell.occupationCode}|${cell.skillLevel}|${cell.regionCode}`}>
              {columns.map((column) => (
                <td key={column.key} className={column.numeric ? 'public-table__numeric' : undefined}>
                  {column.render(cell)}
                </td>
              ))}
            </tr>
          ))}
          {cells.length === 0 && !loading ? (
            <tr>
              <td colSpan={columns.length} className="public-table__empty">
                {t('benchmarks:public.noData')}
              </td>
            </tr>
          ) : null}
        </tbody>
      </table>
    </div>
  );
}

/** The occupation's name and code, marked when it is on the 急需紧缺 list. */
function OccupationName({ cell }: { cell: PublicCell }) {
  const { t } = useTranslation();
  const labels = useBenchmarkLabels();
  return (
    <span className="public-occupation">
      <span>{labels.occupation(cell)}</span>
      <PublicTag tone="code">{cell.occupationCode}</PublicTag>
      {cell.urgentlyNeeded ? (
        <PublicTag tone="error" data-testid="urgent-occupation">
          {t('benchmarks:urgent')}
        </PublicTag>
      ) : null}
    </span>
  );
}

/** A withheld cell's footnote: the code and its short reason, the full explanation on hover. */
function FootnoteMark({ code }: { code: string }) {
  const labels = useBenchmarkLabels();
  return (
    <PublicTag tone="warning" title={labels.footnoteExplanation(code)} data-testid={`footnote-${code}`}>
      {code} {labels.footnote(code)}
    </PublicTag>
  );
}

/** What marks a cell: its footnote when withheld, or the earlier release whose figures it kept. */
function CellMark({ cell }: { cell: PublicCell }) {
  const { t } = useTranslation();
  const labels = useBenchmarkLabels();
  if (cell.footnote) return <FootnoteMark code={cell.footnote} />;
  if (!cell.carriedFrom) return null;
  return (
    <PublicTag tone="processing" title={labels.carriedExplanation} data-testid="carried-from">
      {t('benchmarks:carried', { label: cell.carriedFrom })}
    </PublicTag>
  );
}

interface LevelChartProps {
  occupation: string;
  regionCode?: string;
  year?: number;
}

/**
 * P10–P90 (outer bar) and P25–P75 (inner bar) per skill level, the median as a point, for one
 * occupation in one region (the city unless a district is chosen). Withheld levels are left out
 * and named under the chart with their footnote.
 */
function LevelChart({ occupation, regionCode, year }: LevelChartProps) {
  const { t } = useTranslation();
  const labels = useBenchmarkLabels();
  const filters = usePublicFilters();
  const region = regionCode ?? filters.data?.regions.find((candidate) => candidate.city)?.code;
  const cells = usePublicCells({ occupation, regionCode: region, year, page: 1, pageSize: 200 });
  const rows = useMemo(() => {
    const items = cells.data?.items ?? [];
    // the newest year only, when several are served
    const newest = Math.max(...items.map((cell) => cell.year));
    return items
      .filter((cell) => cell.year === newest)
      .sort((a, b) => LEVEL_ORDER.indexOf(a.skillLevel) - LEVEL_ORDER.indexOf(b.skillLevel));
  }, [cells.data]);
  if (!region || cells.isLoading) return null;
  const published = rows.filter((cell) => cell.footnote === null);
  const withheld = rows.filter((cell) => cell.footnote !== null);
  const data = published.map((cell): LevelRange => ({
    level: labels.skillLevel(cell.skillLevel),
    outer: [cell.p10, cell.p90],
    inner: [cell.p25, cell.p75],
    p50: cell.p50,
  }));
  const regionLabel = rows[0] ? labels.region(rows[0]) : region;
  return (
    <div className="public-stack" data-testid="public-chart">
      <p className="public-secondary">
        {rows[0] ? <OccupationName cell={rows[0]} /> : null}{' '}
        {t('benchmarks:public.chartRegion', { region: regionLabel })}
      </p>
      {data.length === 0 ? (
        <PublicEmpty>{t('benchmarks:public.noData')}</PublicEmpty>
      ) : (
        <Suspense fallback={<div className="public-chart-placeholder" style={{ height: CHART_HEIGHT }} />}>
          <LevelRangeChart data={data} height={CHART_HEIGHT} />
        </Suspense>
      )}
      {withheld.length > 0 ? (
        <p className="public-wrap">
          {withheld.map((cell) => (
            <span key={cell.skillLevel}>
              {labels.skillLevel(cell.skillLevel)} <FootnoteMark code={cell.footnote!} />
            </span>
          ))}
        </p>
      ) : null}
    </div>
  );
}

function MethodSection() {
  const { t } = useTranslation();
  const method = usePublicMethod();
  if (method.isError) return <PublicAlert>{errorMessage(method.error)}</PublicAlert>;
  return (
    <div className="public-stack">
      {(method.data?.items ?? []).map((item) => (
        <div key={item.releaseId}>
          <h3 className="public-heading">
            {item.programmeTitle} · {item.label}
          </h3>
          <MethodNoteView note={item.methodNote} />
        </div>
      ))}
      <FootnoteList title={t('benchmarks:footnotes.title')} headingLevel={3} />
    </div>
  );
}

function ReleaseList() {
  const { t } = useTranslation();
  const releases = usePublicReleases();
  if (releases.isError) return <PublicAlert>{errorMessage(releases.error)}</PublicAlert>;
  const items = releases.data?.items ?? [];
  return (
    <ul className="public-releases" data-testid="public-releases" aria-busy={releases.isLoading}>
      {items.map((release) => (
        <li key={release.id} className="public-releases__item">
          <div>
            <p className="public-releases__title">
              {release.label}{' '}
              <PublicTag tone={release.latest ? 'success' : 'default'}>
                {release.latest ? t('benchmarks:public.latest') : t('benchmarks:public.earlier')}
              </PublicTag>
            </p>
            <p className="public-secondary">
              {`${release.programmeTitle} · ${t('benchmarks:public.publishedAt')} ${dayjs(release.publishedAt).format('YYYY-MM-DD')} · ${t(
                'benchmarks:public.sampleValue',
                { enterprises: release.enterpriseCount, employees: release.employeeCount },
              )}`}
            </p>
          </div>
          <div className="public-releases__downloads">
            {(['xlsx', 'csv'] as const).map((format) => (
              <a
                key={format}
                href={publicExportUrl(format, { releaseId: release.id })}
                aria-label={`${t('benchmarks:public.download')} ${release.label} ${format}`}
              >
                {format}
              </a>
            ))}
          </div>
        </li>
      ))}
      {items.length === 0 && !releases.isLoading ? (
        <li className="public-empty">{t('benchmarks:public.noData')}</li>
      ) : null}
    </ul>
  );
}
