import { PageContainer } from '@ant-design/pro-components';
import {
  Alert,
  Button,
  Card,
  Col,
  DatePicker,
  Row,
  Space,
  Statistic,
  Table,
  type TableColumnsType,
} from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { QueryFailureResult } from '../../ui/status-results';
import { RecordContactModal } from './record-contact-modal';
import { type CoverageTalent, useCoverage } from './talent-contacts.api';

/** 月度联系覆盖: per month, the confirmed talents not contacted (Lüliang: at least monthly), with a button to record one. */
export function CoveragePage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const month = params.get('month') ?? dayjs().format('YYYY-MM');
  const coverage = useCoverage(month);
  const [recording, setRecording] = useState<CoverageTalent | null>(null);
  const nowrap = () => ({ style: { whiteSpace: 'nowrap' as const } });
  const columns: TableColumnsType<CoverageTalent> = [
    { key: 'name', title: t('talentContacts:talent'), dataIndex: 'name', width: 110, onCell: nowrap },
    { key: 'enterprise', title: t('talentContacts:enterprise'), dataIndex: 'enterpriseName', ellipsis: true },
    { key: 'region', title: t('talentContacts:region'), dataIndex: 'regionName', width: 120, onCell: nowrap },
    {
      key: 'last',
      title: t('talentContacts:lastContactOn'),
      render: (_, row) => row.lastContactOn ?? t('talentContacts:never'),
      width: 130,
      onCell: nowrap,
    },
    {
      key: 'record',
      title: t('common.actions'),
      render: (_, row) => (
        <Button size="small" onClick={() => setRecording(row)} data-testid={`record-${row.id}`}>
          {t('talentContacts:record')}
        </Button>
      ),
      width: 120,
      onCell: nowrap,
    },
  ];
  const data = coverage.data;
  return (
    <PageContainer title={t('talentContacts:coverageTitle')} breadcrumbRender={false}>
      <Space direction="vertical" size="middle" style={{ width: '100%' }}>
        <Alert type="info" showIcon message={t('talentContacts:rule')} />
        <DatePicker
          picker="month"
          allowClear={false}
          value={dayjs(`${month}-01`)}
          onChange={(value) => value && setParams({ month: value.format('YYYY-MM') }, { replace: true })}
        />
        {coverage.isError ? (
          <QueryFailureResult error={coverage.error} onRetry={() => void coverage.refetch()} />
        ) : (
          <>
            <Row gutter={[16, 16]}>
              {(
                [
                  ['talents', data?.talents],
                  ['covered', data?.covered],
                  ['uncovered', data?.uncovered],
                  ['contacts', data?.contacts],
                ] as const
              ).map(([key, value]) => (
                <Col key={key} xs={12} md={6}>
                  <Card>
                    <Statistic
                      title={t(`talentContacts:${key}`)}
                      value={value ?? 0}
                      data-testid={`coverage-${key}`}
                    />
                  </Card>
                </Col>
              ))}
            </Row>
            <Card title={t('talentContacts:uncoveredTalents')}>
              <Table<CoverageTalent>
                rowKey="id"
                columns={columns}
                dataSource={data?.uncoveredTalents ?? []}
                loading={coverage.isFetching}
                pagination={false}
                locale={{ emptyText: t('talentContacts:allCovered') }}
              />
            </Card>
          </>
        )}
      </Space>
      <RecordContactModal
        open={recording !== null}
        onClose={() => setRecording(null)}
        talent={
          recording
            ? { id: recording.id, name: recording.name, enterpriseName: recording.enterpriseName }
            : undefined
        }
      />
    </PageContainer>
  );
}
