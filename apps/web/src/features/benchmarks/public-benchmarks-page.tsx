import { DownloadOutlined, LoginOutlined } from '@ant-design/icons';
import {
  Alert,
  Button,
  Card,
  Empty,
  Flex,
  Layout,
  List,
  Select,
  Skeleton,
  Space,
  Table,
  Tag,
  Typography,
  theme,
  type TableColumnsType,
} from 'antd';
import { WAGE_SKILL_LEVELS } from '@skillpay/domain';
import dayjs from 'dayjs';
import { Suspense, lazy, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { errorMessage } from '../../app/api/api-error';
import { LanguageSwitch } from '../../app/shell/language-switch';
import {
  type PublicCell,
  type PublicQuery,
  publicExportUrl,
  usePublicCells,
  usePublicFilters,
  usePublicMethod,
  usePublicOccupations,
  usePublicReleases,
} from './benchmarks.api';
import { CellMark, FootnoteTag, formatYuan, OccupationName, useBenchmarkLabels } from './benchmark-labels';
import { type LevelRange } from './level-range-chart';
import { FootnoteList, MethodNoteView } from './method-note';

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
 */
export function PublicBenchmarksPage() {
  const { t } = useTranslation();
  const { token } = theme.useToken();
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
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header
        style={{
          background: token.colorBgContainer,
          borderBottom: `1px solid ${token.colorBorderSecondary}`,
          paddingInline: token.paddingLG,
        }}
      >
        <Flex align="center" justify="space-between" style={{ height: '100%' }}>
          <Space>
            <img src="/favicon.svg" alt="" width={token.sizeLG} height={token.sizeLG} />
            <Typography.Text strong>{t('app.title')}</Typography.Text>
          </Space>
          <Space>
            <LanguageSwitch />
            <Link to="/login" data-testid="public-login">
              <Button type="link" icon={<LoginOutlined />}>
                {t('benchmarks:public.login')}
              </Button>
            </Link>
          </Space>
        </Flex>
      </Layout.Header>
      <Layout.Content style={{ padding: token.paddingLG, maxWidth: 1440, width: '100%', margin: '0 auto' }}>
        <Space direction="vertical" size="large" style={{ width: '100%' }}>
          <div>
            <Typography.Title level={2} style={{ marginBottom: token.marginXXS }}>
              {t('benchmarks:public.title')}
            </Typography.Title>
            <Typography.Text type="secondary">{t('benchmarks:public.subtitle')}</Typography.Text>
          </div>
          <FilterBar filters={filters} onChange={change} />
          {cells.isError ? <Alert type="error" showIcon message={errorMessage(cells.error)} /> : null}
          <Card
            title={t('benchmarks:title')}
            extra={
              <Space>
                {(['xlsx', 'csv'] as const).map((format) => (
                  <Button
                    key={format}
                    icon={<DownloadOutlined />}
                    href={publicExportUrl(format, filters)}
                    data-testid={`public-download-${format}`}
                  >
                    {t('benchmarks:public.download')} {format}
                  </Button>
                ))}
              </Space>
            }
          >
            <CellTable
              cells={cells.data?.items ?? []}
              total={cells.data?.total ?? 0}
              loading={cells.isFetching}
              page={page}
              onPage={setPage}
              onOccupation={setChartOccupation}
            />
          </Card>
          <Card
            title={
              chartOccupation
                ? t('benchmarks:public.chartTitle', { occupation: chartOccupation.name })
                : t('benchmarks:public.chartHint')
            }
          >
            {chartOccupation ? (
              <LevelChart
                occupation={chartOccupation.code}
                regionCode={filters.regionCode}
                year={filters.year}
              />
            ) : (
              <Empty description={t('benchmarks:public.chartHint')} />
            )}
          </Card>
          <Flex gap="large" wrap>
            <Card title={t('benchmarks:public.method')} style={{ flex: '2 1 560px' }}>
              <MethodSection />
            </Card>
            <Card title={t('benchmarks:public.releases')} style={{ flex: '1 1 360px' }}>
              <ReleaseList />
            </Card>
          </Flex>
        </Space>
      </Layout.Content>
      <Layout.Footer style={{ textAlign: 'center' }}>
        <Typography.Text type="secondary">{t('app.title')}</Typography.Text>
      </Layout.Footer>
    </Layout>
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
  return (
    <Card size="small">
      <Flex gap="middle" wrap>
        <Select
          showSearch
          allowClear
          filterOption={false}
          style={{ minWidth: 280 }}
          placeholder={t('benchmarks:occupationSearch')}
          aria-label={t('benchmarks:occupation')}
          value={filters.occupation}
          onSearch={setSearch}
          onChange={(value?: string) => {
            const chosen = occupations.data?.items.find((occupation) => occupation.code === value);
            onChange(
              { occupation: value },
              chosen && (labels.language === 'en' ? (chosen.nameEn ?? chosen.nameZh) : chosen.nameZh),
            );
          }}
          loading={occupations.isFetching}
          data-testid="public-occupation"
          options={(occupations.data?.items ?? []).map((occupation) => ({
            value: occupation.code,
            label: `${labels.language === 'en' ? (occupation.nameEn ?? occupation.nameZh) : occupation.nameZh} ${occupation.code}${
              occupation.urgentlyNeeded ? ` · ${t('benchmarks:urgent')}` : ''
            }`,
          }))}
        />
        <Select
          allowClear
          style={{ minWidth: 200 }}
          placeholder={t('benchmarks:skillLevel')}
          aria-label={t('benchmarks:skillLevel')}
          value={filters.skillLevel}
          onChange={(value?: Filters['skillLevel']) => onChange({ skillLevel: value })}
          options={WAGE_SKILL_LEVELS.map((level) => ({ value: level, label: labels.skillLevel(level) }))}
        />
        <Select
          allowClear
          style={{ minWidth: 160 }}
          placeholder={t('benchmarks:region')}
          aria-label={t('benchmarks:region')}
          value={filters.regionCode}
          onChange={(value?: string) => onChange({ regionCode: value })}
          data-testid="public-region"
          options={(options.data?.regions ?? []).map((region) => ({
            value: region.code,
            label: labels.language === 'en' ? region.nameEn : region.name,
          }))}
        />
        <Select
          allowClear
          style={{ minWidth: 120 }}
          placeholder={t('benchmarks:year')}
          aria-label={t('benchmarks:year')}
          value={filters.year}
          onChange={(value?: number) => onChange({ year: value })}
          options={(options.data?.years ?? []).map((year) => ({ value: year, label: String(year) }))}
        />
      </Flex>
    </Card>
  );
}

interface CellTableProps {
  cells: PublicCell[];
  total: number;
  loading: boolean;
  page: { page: number; pageSize: number };
  onPage: (page: { page: number; pageSize: number }) => void;
  onOccupation: (occupation: { code: string; name: string }) => void;
}

function CellTable({ cells, total, loading, page, onPage, onOccupation }: CellTableProps) {
  const { t } = useTranslation();
  const labels = useBenchmarkLabels();
  const yuan = (value: number | null) => formatYuan(value, labels.language);
  const figure = (key: 'p10' | 'p25' | 'p50' | 'p75' | 'p90' | 'mean', title: string) => ({
    title,
    key,
    align: 'right' as const,
    render: (_: unknown, cell: PublicCell) => yuan(cell[key]),
  });
  const columns: TableColumnsType<PublicCell> = [
    {
      title: t('benchmarks:occupation'),
      key: 'occupation',
      render: (_, cell) => (
        <Typography.Link
          onClick={() => onOccupation({ code: cell.occupationCode, name: labels.occupation(cell) })}
          data-testid="public-occupation-link"
        >
          <OccupationName cell={cell} />
        </Typography.Link>
      ),
    },
    {
      title: t('benchmarks:skillLevel'),
      key: 'level',
      render: (_, cell) => labels.skillLevel(cell.skillLevel),
    },
    { title: t('benchmarks:region'), key: 'region', render: (_, cell) => labels.region(cell) },
    { title: t('benchmarks:year'), dataIndex: 'year' },
    figure('p10', 'P10'),
    figure('p25', 'P25'),
    figure('p50', t('benchmarks:median')),
    figure('p75', 'P75'),
    figure('p90', 'P90'),
    figure('mean', t('benchmarks:mean')),
    {
      title: t('benchmarks:employees'),
      key: 'employees',
      align: 'right',
      render: (_, cell) => cell.employees ?? '—',
    },
    {
      title: t('benchmarks:enterprises'),
      key: 'enterprises',
      align: 'right',
      render: (_, cell) => cell.enterprises ?? '—',
    },
    {
      title: t('benchmarks:footnote'),
      key: 'footnote',
      render: (_, cell) => <CellMark cell={cell} />,
    },
    { title: t('benchmarks:public.release'), dataIndex: 'releaseLabel' },
  ];
  return (
    <Table<PublicCell>
      size="small"
      rowKey={(cell) => `${cell.releaseId}|${cell.occupationCode}|${cell.skillLevel}|${cell.regionCode}`}
      columns={columns}
      dataSource={cells}
      loading={loading}
      scroll={{ x: 'max-content' }}
      locale={{ emptyText: <Empty description={t('benchmarks:public.noData')} /> }}
      data-testid="public-cells"
      pagination={{
        current: page.page,
        pageSize: page.pageSize,
        total,
        showSizeChanger: true,
        onChange: (current, pageSize) => onPage({ page: current, pageSize }),
      }}
    />
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
    <Space direction="vertical" style={{ width: '100%' }} data-testid="public-chart">
      <Typography.Text type="secondary">
        {rows[0] ? <OccupationName cell={rows[0]} /> : null}{' '}
        {t('benchmarks:public.chartRegion', { region: regionLabel })}
      </Typography.Text>
      {data.length === 0 ? (
        <Empty description={t('benchmarks:public.noData')} />
      ) : (
        <Suspense fallback={<Skeleton active style={{ height: CHART_HEIGHT }} />}>
          <LevelRangeChart data={data} height={CHART_HEIGHT} />
        </Suspense>
      )}
      {withheld.length > 0 ? (
        <Space wrap>
          {withheld.map((cell) => (
            <span key={cell.skillLevel}>
              {labels.skillLevel(cell.skillLevel)} <FootnoteTag code={cell.footnote!} />
            </span>
          ))}
        </Space>
      ) : null}
    </Space>
  );
}

function MethodSection() {
  const { t } = useTranslation();
  const method = usePublicMethod();
  if (method.isError) return <Alert type="error" showIcon message={errorMessage(method.error)} />;
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      {(method.data?.items ?? []).map((item) => (
        <div key={item.releaseId}>
          <Typography.Title level={5}>
            {item.programmeTitle} · {item.label}
          </Typography.Title>
          <MethodNoteView note={item.methodNote} />
        </div>
      ))}
      <FootnoteList title={t('benchmarks:footnotes.title')} />
    </Space>
  );
}

function ReleaseList() {
  const { t } = useTranslation();
  const releases = usePublicReleases();
  return (
    <List
      loading={releases.isLoading}
      dataSource={releases.data?.items ?? []}
      locale={{ emptyText: t('benchmarks:public.noData') }}
      data-testid="public-releases"
      renderItem={(release) => (
        <List.Item
          actions={(['xlsx', 'csv'] as const).map((format) => (
            <a key={format} href={publicExportUrl(format, { releaseId: release.id })}>
              {format}
            </a>
          ))}
        >
          <List.Item.Meta
            title={
              <Space>
                {release.label}
                <Tag color={release.latest ? 'success' : 'default'}>
                  {release.latest ? t('benchmarks:public.latest') : t('benchmarks:public.earlier')}
                </Tag>
              </Space>
            }
            description={`${release.programmeTitle} · ${t('benchmarks:public.publishedAt')} ${dayjs(release.publishedAt).format('YYYY-MM-DD')} · ${t(
              'benchmarks:public.sampleValue',
              { enterprises: release.enterpriseCount, employees: release.employeeCount },
            )}`}
          />
        </List.Item>
      )}
    />
  );
}
