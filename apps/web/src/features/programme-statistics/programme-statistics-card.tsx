import { ProCard } from '@ant-design/pro-components';
import { Alert, Empty, Flex, Select, Statistic, Table, Tag, Typography, theme } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { benchmarkReleaseLabel, CASE_STATUS_LABELS, chinaToday } from '@skillpay/domain';
import { errorMessage } from '../../app/api/api-error';
import { labelOf, useDomainLabels } from '../../app/i18n/labels';
import { useTableColumns } from '../../ui/table-columns';
import {
  type ProgrammeFigures,
  type ProgrammeStatistics,
  useProgrammeStatistics,
} from './programme-statistics.api';

type RegionRow = ProgrammeFigures['pilotsByRegion'][number];

/**
 * 工作方案实施概况: the programme in figures for the union and the federations — pilots per district,
 * progress reports received, benchmark releases published, case studies by state. The API sends
 * counts only; this draws them.
 */
export function ProgrammeStatisticsCard() {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const statistics = useProgrammeStatistics();
  const [chosen, setChosen] = useState<string>();
  const programmes = statistics.data?.programmes ?? [];
  const programme = programmes.find((p) => p.id === chosen) ?? programmes[0];

  return (
    <ProCard
      title={t('programmeStatistics:title')}
      subTitle={<Typography.Text type="secondary">{t('programmeStatistics:note')}</Typography.Text>}
      loading={statistics.isLoading}
      data-testid="programme-statistics"
      extra={
        programmes.length > 1 ? (
          <Select
            value={programme?.id}
            onChange={setChosen}
            style={{ minWidth: token.screenXS }}
            options={programmes.map((p) => ({ value: p.id, label: p.title }))}
            aria-label={t('programmeStatistics:choose')}
          />
        ) : (
          <Typography.Text>{programme?.title}</Typography.Text>
        )
      }
    >
      {statistics.isError ? <Alert type="error" showIcon message={errorMessage(statistics.error)} /> : null}
      {statistics.data ? (
        <Flex vertical gap={token.marginMD}>
          {programme ? (
            <>
              <Headline programme={programme} />
              <ProCard gutter={token.marginMD} ghost wrap>
                <ProCard
                  colSpan={{ xs: 24, xl: 12 }}
                  bordered
                  title={t('programmeStatistics:pilotsByRegion')}
                >
                  <PilotsByRegion rows={programme.pilotsByRegion} />
                </ProCard>
                <ProCard colSpan={{ xs: 24, xl: 12 }} bordered title={t('programmeStatistics:cases')}>
                  <CasesByStatus rows={statistics.data.casesByStatus} />
                </ProCard>
              </ProCard>
            </>
          ) : (
            <>
              <Empty description={t('programmeStatistics:noProgramme')} />
              <ProCard bordered title={t('programmeStatistics:cases')}>
                <CasesByStatus rows={statistics.data.casesByStatus} />
              </ProCard>
            </>
          )}
        </Flex>
      ) : null}
    </ProCard>
  );
}

/** Three headline figures: pilots, reports received, releases published. */
function Headline({ programme }: { programme: ProgrammeFigures }) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const approved = programme.pilotsByRegion.reduce((sum, row) => sum + row.approved, 0);
  const pending = programme.pilotsByRegion.reduce((sum, row) => sum + row.pending, 0);
  const { progressReports: reports, benchmarkReleases: releases } = programme;
  const label = releases.latestYear
    ? benchmarkReleaseLabel(releases.latestYear, releases.latestReleaseNumber)
    : null;
  return (
    <ProCard gutter={token.marginMD} ghost wrap>
      <ProCard colSpan={{ xs: 24, md: 8 }} bordered data-testid="statistics-pilots">
        <Statistic title={t('programmeStatistics:pilots')} value={approved} />
        <Typography.Text type="secondary">
          {t('programmeStatistics:pilotsPending', { count: pending })}
        </Typography.Text>
      </ProCard>
      <ProCard colSpan={{ xs: 24, md: 8 }} bordered data-testid="statistics-reports">
        <Statistic title={t('programmeStatistics:reports')} value={reports.received} />
        <Flex vertical>
          <Typography.Text type="secondary">
            {t('programmeStatistics:reportsDetail', reports)}
          </Typography.Text>
          <Typography.Text type="secondary">
            {t('programmeStatistics:reportsEnterprises', { count: reports.enterprises })}
          </Typography.Text>
        </Flex>
      </ProCard>
      <ProCard colSpan={{ xs: 24, md: 8 }} bordered data-testid="statistics-releases">
        <Statistic title={t('programmeStatistics:releases')} value={releases.published} />
        {label && releases.latestPublishedAt ? (
          <Flex vertical>
            <Typography.Text type="secondary">
              {t('programmeStatistics:latestRelease', {
                label,
                date: chinaToday(new Date(releases.latestPublishedAt)),
              })}
            </Typography.Text>
            <Typography.Text type="secondary">
              {t('programmeStatistics:releaseCoverage', {
                enterprises: releases.latestEnterpriseCount ?? 0,
                employees: releases.latestEmployeeCount ?? 0,
              })}
            </Typography.Text>
          </Flex>
        ) : (
          <Typography.Text type="secondary">{t('programmeStatistics:noRelease')}</Typography.Text>
        )}
      </ProCard>
    </ProCard>
  );
}

function PilotsByRegion({ rows }: { rows: RegionRow[] }) {
  const { t } = useTranslation();
  const columns = useTableColumns([
    {
      title: t('programmeStatistics:region'),
      key: 'region',
      render: (_: unknown, row: RegionRow) =>
        row.cityDirect ? t('programmeStatistics:cityDirect') : row.regionName,
    },
    { title: t('programmeStatistics:approved'), dataIndex: 'approved', figure: 'count' as const },
    { title: t('programmeStatistics:pending'), dataIndex: 'pending', figure: 'count' as const },
  ]);
  return (
    <Table<RegionRow>
      size="small"
      rowKey="regionCode"
      columns={columns}
      dataSource={rows}
      pagination={false}
      data-testid="statistics-pilots-by-region"
    />
  );
}

function CasesByStatus({ rows }: { rows: ProgrammeStatistics['casesByStatus'] }) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const { language } = useDomainLabels();
  const total = rows.reduce((sum, row) => sum + row.count, 0);
  if (total === 0) return <Empty description={t('programmeStatistics:noCases')} />;
  return (
    <Flex vertical gap={token.marginSM} data-testid="statistics-cases">
      <Typography.Text strong>{t('programmeStatistics:casesTotal', { count: total })}</Typography.Text>
      <Flex wrap gap={token.marginXS}>
        {rows
          .filter((row) => row.count > 0)
          .map((row) => (
            <Tag key={row.status} style={{ whiteSpace: 'nowrap' }}>
              {labelOf(CASE_STATUS_LABELS, row.status, language)} {row.count}
            </Tag>
          ))}
      </Flex>
    </Flex>
  );
}
