import { Alert, Descriptions, Space, Table, Typography, type TableColumnsType } from 'antd';
import { POST_CATEGORY_LABELS, type PostCategory } from '@skillpay/domain';
import {
  type AuxiliaryPool,
  type PerformancePay,
  type PerformancePayDepartment,
  type PerformancePayMember,
} from '@skillpay/paycalc';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../../app/i18n/i18n';
import { formatDecimal } from '../../../ui/format-decimal';
import { amountColumn } from '../shared/amount-column';
import { SourceList } from '../shared/source-link';
import { labelOf } from '../../../app/i18n/labels';

/** Performance pay shared out (libs/paycalc distributePerformancePay): departments, then their members. */
export function PerformancePayView({ pay }: { pay: PerformancePay }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const memberColumns: TableColumnsType<PerformancePayMember> = [
    { title: t('payTools:performancePay.memberLabel'), dataIndex: 'label' },
    {
      title: t('payTools:performancePay.category'),
      key: 'category',
      render: (_, member) => labelOf(POST_CATEGORY_LABELS, member.category as PostCategory, language),
    },
    amountColumn(t(`payTools:performancePay.measure.${pay.basis}`), 'measure', (member) => member.measure),
    amountColumn(t('payTools:performancePay.weighted'), 'weighted', (member) => member.weighted),
    {
      title: t('payTools:performancePay.memberAmount'),
      key: 'amount',
      align: 'right',
      render: (_, member) => (
        <span data-testid={`member-amount-${member.key}`}>{formatDecimal(member.amount)}</span>
      ),
    },
  ];
  const departmentColumns: TableColumnsType<PerformancePayDepartment> = [
    { title: t('payTools:performancePay.departmentLabel'), dataIndex: 'label' },
    amountColumn(t('payTools:performancePay.departmentPoints'), 'points', (row) => row.points),
    {
      title: t('payTools:performancePay.departmentPool'),
      key: 'pool',
      align: 'right',
      render: (_, row) => <Typography.Text strong>{formatDecimal(row.pool)}</Typography.Text>,
    },
    amountColumn(t('payTools:performancePay.valuePerUnit'), 'perUnit', (row) => row.valuePerUnit),
    amountColumn(t('payTools:performancePay.averagePerMember'), 'average', (row) => row.averagePerMember),
  ];
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }} data-testid="performance-pay-result">
      <Descriptions size="small" layout="vertical" column={3}>
        <Descriptions.Item label={t('payTools:performancePay.pool')}>
          {formatDecimal(pay.pool)}
        </Descriptions.Item>
        <Descriptions.Item label={t('payTools:performancePay.unitPoints')}>
          {formatDecimal(pay.unitPoints)}
        </Descriptions.Item>
        <Descriptions.Item label={t('payTools:performancePay.valuePerPoint')}>
          {formatDecimal(pay.valuePerPoint)}
        </Descriptions.Item>
      </Descriptions>
      <Table<PerformancePayDepartment>
        size="small"
        rowKey="key"
        pagination={false}
        columns={departmentColumns}
        dataSource={pay.departments}
        expandable={{
          defaultExpandAllRows: true,
          expandedRowRender: (department) => (
            <Table<PerformancePayMember>
              size="small"
              rowKey="key"
              pagination={false}
              columns={memberColumns}
              dataSource={department.members}
            />
          ),
        }}
        data-testid="performance-pay-departments"
      />
      <Alert
        type="info"
        showIcon
        message={t('payTools:performancePay.total', { total: formatDecimal(pay.pool) })}
        description={t('payTools:performancePay.roundingRule')}
      />
      <SourceList sources={pay.sources} />
    </Space>
  );
}

/** The auxiliary staff's pool (libs/paycalc auxiliaryPool, art. 27). */
export function AuxiliaryPoolView({ pool }: { pool: AuxiliaryPool }) {
  const { t } = useTranslation();
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }} data-testid="auxiliary-pool-result">
      <Typography.Title level={5} style={{ margin: 0 }}>
        {t('payTools:performancePay.auxiliary')}
      </Typography.Title>
      {pool.note ? (
        <Alert type="warning" showIcon message={t(`payTools:performancePay.notes.${pool.note}`)} />
      ) : null}
      <Descriptions size="small" layout="vertical" column={3}>
        <Descriptions.Item label={t('payTools:performancePay.perHead')}>
          {formatDecimal(pool.perHead)}
        </Descriptions.Item>
        <Descriptions.Item label={t('payTools:stepMovement.headcount')}>{pool.headcount}</Descriptions.Item>
        <Descriptions.Item label={t('payTools:performancePay.auxPool')}>
          {formatDecimal(pool.pool)}
        </Descriptions.Item>
      </Descriptions>
      <Table
        size="small"
        rowKey="key"
        pagination={false}
        dataSource={pool.members}
        columns={[
          { title: t('payTools:performancePay.memberLabel'), dataIndex: 'label' },
          { title: t('payTools:performancePay.weighted'), dataIndex: 'weight', align: 'right' },
          {
            title: t('payTools:performancePay.memberAmount'),
            key: 'amount',
            align: 'right',
            render: (_: unknown, member: AuxiliaryPool['members'][number]) => formatDecimal(member.amount),
          },
        ]}
      />
      <SourceList sources={[pool.source]} />
    </Space>
  );
}
