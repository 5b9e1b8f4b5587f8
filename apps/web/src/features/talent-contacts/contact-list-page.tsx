import { CalendarOutlined, PlusOutlined } from '@ant-design/icons';
import { PageContainer } from '@ant-design/pro-components';
import { Button, Card, DatePicker, Space, Table, type TableColumnsType } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { QueryFailureResult } from '../../ui/status-results';
import { useServiceLabels } from '../service-requests';
import { RecordContactModal } from './record-contact-modal';
import { type TalentContact, useTalentContacts } from './talent-contacts.api';

const PAGE_SIZE = 20;

/** 联系服务记录: contacts with talents in the bureau's area, newest first, filtered by month. */
export function ContactListPage() {
  const { t } = useTranslation();
  const labels = useServiceLabels();
  const [params, setParams] = useSearchParams();
  const [recording, setRecording] = useState(false);
  const month = params.get('month') ?? undefined;
  const page = Number(params.get('page') ?? '1') || 1;
  const list = useTalentContacts({ month, page, pageSize: PAGE_SIZE });
  const nowrap = () => ({ style: { whiteSpace: 'nowrap' as const } });
  const columns: TableColumnsType<TalentContact> = [
    {
      key: 'contactedOn',
      title: t('talentContacts:contactedOn'),
      dataIndex: 'contactedOn',
      width: 110,
      onCell: nowrap,
    },
    { key: 'talent', title: t('talentContacts:talent'), dataIndex: 'talentName', width: 100, onCell: nowrap },
    { key: 'enterprise', title: t('talentContacts:enterprise'), dataIndex: 'enterpriseName', ellipsis: true },
    {
      key: 'form',
      title: t('talentContacts:form'),
      render: (_, row) => labels.form(row.form),
      width: 100,
      onCell: nowrap,
    },
    {
      key: 'body',
      title: t('talentContacts:contactBody'),
      render: (_, row) => labels.body(row.contactBody),
      width: 110,
      onCell: nowrap,
    },
    { key: 'heard', title: t('talentContacts:heard'), dataIndex: 'heard', ellipsis: true },
    {
      key: 'request',
      title: t('talentContacts:request'),
      render: (_, row) =>
        row.serviceRequestId ? (
          <Link to={`/service-requests/${row.serviceRequestId}`}>{t('talentContacts:openRequest')}</Link>
        ) : (
          '—'
        ),
      width: 100,
      onCell: nowrap,
    },
  ];
  return (
    <PageContainer
      title={t('talentContacts:title')}
      breadcrumbRender={false}
      extra={[
        <Link key="coverage" to="/talent-contacts/coverage">
          <Button icon={<CalendarOutlined />}>{t('talentContacts:coverage')}</Button>
        </Link>,
        <Button key="new" type="primary" icon={<PlusOutlined />} onClick={() => setRecording(true)}>
          {t('talentContacts:newContact')}
        </Button>,
      ]}
    >
      <Card>
        <Space style={{ marginBottom: 16 }}>
          <DatePicker
            picker="month"
            allowClear
            placeholder={t('talentContacts:month')}
            value={month ? dayjs(`${month}-01`) : null}
            onChange={(value) => {
              const search = new URLSearchParams(params);
              if (value) search.set('month', value.format('YYYY-MM'));
              else search.delete('month');
              search.delete('page');
              setParams(search, { replace: true });
            }}
          />
        </Space>
        {list.isError ? (
          <QueryFailureResult error={list.error} onRetry={() => void list.refetch()} />
        ) : (
          <Table<TalentContact>
            rowKey="id"
            columns={columns}
            dataSource={list.data?.items ?? []}
            loading={list.isFetching}
            locale={{ emptyText: t('talentContacts:empty') }}
            pagination={{
              current: page,
              pageSize: PAGE_SIZE,
              total: list.data?.total ?? 0,
              showSizeChanger: false,
              onChange: (next) => {
                const search = new URLSearchParams(params);
                if (next > 1) search.set('page', String(next));
                else search.delete('page');
                setParams(search, { replace: true });
              },
            }}
          />
        )}
      </Card>
      <RecordContactModal open={recording} onClose={() => setRecording(false)} />
    </PageContainer>
  );
}
