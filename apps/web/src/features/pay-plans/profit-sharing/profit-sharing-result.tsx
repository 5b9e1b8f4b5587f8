import { Alert, Col, Row, Space, Statistic, Table, Typography } from 'antd';
import { PROFIT_TARGET_LABELS, PROFIT_TARGET_NAMES, type ProfitSharing } from '@skillpay/paycalc';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../../app/i18n/i18n';
import { formatDecimal } from '../../../ui/format-decimal';
import { SourceList } from '../shared/source-link';
import { labelOf } from '../../../app/i18n/labels';

const numeric = { align: 'right' as const };

/** A band's name: basic / incentive / challenge in the UI language, an own name as typed. */
function useBandName() {
  const language = useLanguage();
  return (name: string) =>
    (PROFIT_TARGET_NAMES as readonly string[]).includes(name)
      ? labelOf(PROFIT_TARGET_LABELS, name as (typeof PROFIT_TARGET_NAMES)[number], language)
      : name;
}

/** Excess-profit sharing: the provision band by band, the pool and each participant's share. */
export function ProfitSharingResult({ result }: { result: ProfitSharing }) {
  const { t } = useTranslation();
  const bandName = useBandName();
  const missed = Number(result.excess) === 0;
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }} data-testid="profit-sharing-result">
      <Row gutter={16}>
        {(['excess', 'provisionTotal', 'pool'] as const).map((total) => (
          <Col xs={24} md={8} key={total}>
            <Statistic
              title={t(`payPlans:profitSharing.${total}`)}
              value={formatDecimal(result[total])}
              suffix="元"
              valueRender={
                total === 'pool' ? (node) => <span data-testid="profit-pool">{node}</span> : undefined
              }
            />
          </Col>
        ))}
      </Row>
      {missed ? <Alert type="info" showIcon message={t('payPlans:profitSharing.missedBasic')} /> : null}
      <div>
        <Typography.Title level={5}>{t('payPlans:profitSharing.bands')}</Typography.Title>
        <Table
          size="small"
          rowKey="name"
          pagination={false}
          dataSource={result.bands}
          columns={[
            { title: t('payPlans:profitSharing.band'), render: (_v, band) => bandName(band.name) },
            {
              title: t('payPlans:profitSharing.target'),
              ...numeric,
              render: (_v, band) =>
                band.to === null
                  ? `${formatDecimal(band.from)} ${t('payPlans:profitSharing.openEnd')}`
                  : `${formatDecimal(band.from)} – ${formatDecimal(band.to)}`,
            },
            { title: t('payPlans:profitSharing.ratePercent'), ...numeric, dataIndex: 'ratePercent' },
            {
              title: t('payPlans:profitSharing.profitInBand'),
              ...numeric,
              render: (_v, band) => formatDecimal(band.profitInBand),
            },
            {
              title: t('payPlans:profitSharing.provision'),
              ...numeric,
              render: (_v, band) => formatDecimal(band.provision),
            },
          ]}
        />
      </div>
      <div>
        <Typography.Title level={5}>{t('payPlans:profitSharing.participants')}</Typography.Title>
        <Table
          size="small"
          rowKey="key"
          pagination={false}
          dataSource={result.participants}
          data-testid="profit-participants"
          columns={[
            { title: t('payPlans:profitSharing.participant'), dataIndex: 'label' },
            { title: t('payPlans:profitSharing.postCoefficient'), ...numeric, dataIndex: 'postCoefficient' },
            {
              title: t('payPlans:profitSharing.performanceCoefficient'),
              ...numeric,
              dataIndex: 'performanceCoefficient',
            },
            { title: t('payPlans:profitSharing.weight'), ...numeric, dataIndex: 'weight' },
            {
              title: t('payPlans:profitSharing.amount'),
              ...numeric,
              render: (_v, participant) => formatDecimal(participant.amount),
            },
            { title: t('payPlans:profitSharing.sharePercent'), ...numeric, dataIndex: 'sharePercent' },
          ]}
        />
        <Typography.Text type="secondary">{t('payPlans:profitSharing.roundingRule')}</Typography.Text>
      </div>
      <SourceList sources={[result.source]} />
    </Space>
  );
}
