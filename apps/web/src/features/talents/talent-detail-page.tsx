import { UploadOutlined } from '@ant-design/icons';
import { PageContainer, ProCard } from '@ant-design/pro-components';
import {
  Alert,
  App,
  Button,
  type ButtonProps,
  Descriptions,
  Form,
  Input,
  Modal,
  Popconfirm,
  Select,
  Space,
  Table,
  Tag,
  Timeline,
  Typography,
  Upload,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { ApiRequestError, errorMessage, showError, showFieldErrors } from '../../app/api/api-error';
import { PageLoading } from '../../ui/page-loading';
import { ErrorResult, NotFoundResult } from '../../ui/status-results';
import {
  type TalentDetail,
  useDeleteTalent,
  useDownloadCertificate,
  useRegionEnterprises,
  useRemoveCertificate,
  useTalent,
  useTalentHistory,
  useTransferTalent,
  useUploadCertificate,
} from './talents.api';
import { TalentActionButtons, TalentStatusTag, useTalentLabels } from './talent-status';

const day = (value: string | null | undefined) => (value ? value.slice(0, 10) : '—');

export function TalentDetailPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const { id = '' } = useParams<{ id: string }>();
  const talent = useTalent(id);
  const labels = useTalentLabels();
  const remove = useDeleteTalent(id, talent.data?.version);
  const [transferring, setTransferring] = useState(false);

  if (talent.isLoading) return <PageLoading />;
  if (talent.isError) {
    const { error } = talent;
    if (error instanceof ApiRequestError && error.status === 404) return <NotFoundResult />;
    return <ErrorResult message={errorMessage(error)} onRetry={() => void talent.refetch()} />;
  }
  const record = talent.data;
  if (!record) return <NotFoundResult />;
  const amountsShown = record.payTreatments.some((p) => 'annualAmountYuan' in p);

  return (
    <PageContainer
      title={record.name}
      subTitle={<TalentStatusTag status={record.status} />}
      onBack={() => navigate('/talents')}
      breadcrumbRender={false}
      extra={
        <Space wrap={false}>
          <TalentActionButtons
            talent={record}
            actions={record.availableActions}
            reconfirmable={record.reconfirmable}
          />
          {record.editable ? (
            <Button onClick={() => navigate(`/talents/${record.id}/edit`)} data-testid="talent-edit">
              {t('talents:edit')}
            </Button>
          ) : null}
          {record.editable && record.status === 'draft' ? (
            <Popconfirm
              title={t('talents:deleteConfirm')}
              onConfirm={async () => {
                try {
                  await remove.mutateAsync();
                  message.success(t('talents:deleted'));
                  navigate('/talents', { replace: true });
                } catch (error) {
                  showError(message, error);
                }
              }}
            >
              <Button danger>{t('talents:delete')}</Button>
            </Popconfirm>
          ) : null}
          {record.transferable ? (
            <Button onClick={() => setTransferring(true)} data-testid="talent-transfer">
              {t('talents:transfer')}
            </Button>
          ) : null}
        </Space>
      }
    >
      <Space direction="vertical" size="middle" style={{ width: '100%' }}>
        {record.registeredElsewhere ? (
          <Alert
            type="warning"
            showIcon
            data-testid="talent-duplicate"
            message={
              record.duplicates.length > 0 ? t('talents:duplicateBureau') : t('talents:duplicateEnterprise')
            }
            description={
              record.duplicates.length > 0 ? (
                <Space direction="vertical" size={2}>
                  {record.duplicates.map((other) => (
                    <span key={other.id}>
                      <Link to={`/talents/${other.id}`}>{other.name}</Link> · {other.enterprise.name}（
                      {other.enterprise.regionName}） · <TalentStatusTag status={other.status} />
                    </span>
                  ))}
                  <span>
                    {record.name} · {record.enterprise.name}（{record.enterprise.regionName}）
                  </span>
                </Space>
              ) : undefined
            }
          />
        ) : null}
        {record.stale ? <Alert type="error" showIcon message={t('talents:stale')} /> : null}
        <ProCard title={t('talents:basics')}>
          <Descriptions column={{ xs: 1, md: 2, xl: 3 }} size="small">
            <Descriptions.Item label={t('talents:name')}>{record.name}</Descriptions.Item>
            <Descriptions.Item label={t('talents:gender')}>{labels.gender(record.gender)}</Descriptions.Item>
            <Descriptions.Item label={t('talents:birthYear')}>{record.birthYear}</Descriptions.Item>
            <Descriptions.Item label={t('talents:idNumber')}>
              <span data-testid="talent-id-masked">{record.idNumberMasked}</span>
            </Descriptions.Item>
            <Descriptions.Item label={t('talents:enterprise')}>{record.enterprise.name}</Descriptions.Item>
            <Descriptions.Item label={t('talents:region')}>{record.enterprise.regionName}</Descriptions.Item>
            <Descriptions.Item label={t('talents:occupation')}>
              {record.occupationCode} {record.occupationName}
            </Descriptions.Item>
            <Descriptions.Item label={t('talents:skillLevel')}>
              {labels.skillLevel(record.skillLevel)}
            </Descriptions.Item>
            <Descriptions.Item label={t('talents:roles')}>
              {record.roles.length
                ? record.roles.map((role) => <Tag key={role}>{labels.role(role)}</Tag>)
                : '—'}
            </Descriptions.Item>
            <Descriptions.Item label={t('talents:publicConsent')}>
              {record.publicConsent ? t('talents:consentYes') : t('talents:consentNo')}
            </Descriptions.Item>
            <Descriptions.Item label={t('talents:lastConfirmed')}>
              {day(record.lastConfirmedAt)}
              {record.stale ? (
                <Tag color="red" style={{ marginInlineStart: 4 }}>
                  {t('talents:stale')}
                </Tag>
              ) : null}
            </Descriptions.Item>
          </Descriptions>
        </ProCard>
        <HonoursCard record={record} />
        <ProCard title={t('talents:payTreatments')}>
          <Space size={[8, 8]} wrap>
            {record.payTreatments.map((p) => (
              <Tag key={p.treatment}>
                {labels.treatment(p.treatment)}
                {amountsShown && p.annualAmountYuan != null
                  ? `：${p.annualAmountYuan.toLocaleString('zh-CN')} 元/年`
                  : ''}
              </Tag>
            ))}
            {record.payTreatments.length === 0 ? '—' : null}
          </Space>
          {!amountsShown && record.payTreatments.length > 0 ? (
            <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
              {t('talents:amountsHidden')}
            </Typography.Paragraph>
          ) : null}
        </ProCard>
        <HistoryCard id={record.id} />
      </Space>
      <TransferDialog record={record} open={transferring} onClose={() => setTransferring(false)} />
    </PageContainer>
  );
}

function HonoursCard({ record }: { record: TalentDetail }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const labels = useTalentLabels();
  const upload = useUploadCertificate(record.id);
  const removeFile = useRemoveCertificate(record.id);
  const download = useDownloadCertificate(record.id);
  return (
    <ProCard title={t('talents:honours')}>
      <Table
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={record.honours}
        columns={[
          {
            title: t('talents:honour'),
            dataIndex: 'nameZh',
            render: (_value, honour) => (
              <Space size={4}>
                {labels.honour(honour)}
                {honour.qualifying ? <Tag color="gold">{t('talents:qualifyingTag')}</Tag> : null}
              </Space>
            ),
          },
          { title: t('talents:honourYear'), dataIndex: 'year', width: 90 },
          {
            title: t('talents:certificate'),
            dataIndex: 'certificates',
            render: (_value, honour) => (
              <Space size={[8, 4]} wrap>
                {honour.certificates.map((file) => (
                  <Space key={file.id} size={4}>
                    <Typography.Link onClick={() => download.mutate(file)}>{file.fileName}</Typography.Link>
                    {record.editable ? (
                      <Typography.Link
                        type="danger"
                        onClick={() =>
                          removeFile.mutateAsync(file.id).catch((error: unknown) => showError(message, error))
                        }
                      >
                        ×
                      </Typography.Link>
                    ) : null}
                  </Space>
                ))}
                {honour.certificates.length === 0 ? (
                  <Tag color="red">{t('talents:certificateMissing')}</Tag>
                ) : null}
                {record.editable ? (
                  <Upload
                    showUploadList={false}
                    accept=".pdf,.png,.jpg,.jpeg"
                    beforeUpload={(file) => {
                      upload
                        .mutateAsync({ honourEntryId: honour.id, files: [file] })
                        .then(() => message.success(t('talents:saved')))
                        .catch((error: unknown) => showError(message, error));
                      return false;
                    }}
                  >
                    <Button size="small" icon={<UploadOutlined />} data-testid="talent-upload-certificate">
                      {t('talents:uploadCertificate')}
                    </Button>
                  </Upload>
                ) : null}
              </Space>
            ),
          },
        ]}
      />
    </ProCard>
  );
}

function HistoryCard({ id }: { id: string }) {
  const { t } = useTranslation();
  const labels = useTalentLabels();
  const history = useTalentHistory(id);
  if (!history.data) return null;
  const { affiliations, steps, confirmations } = history.data;
  return (
    <ProCard title={t('talents:history')} split="vertical" data-testid="talent-history">
      <ProCard title={t('talents:affiliations')} colSpan="33%">
        <Timeline
          items={affiliations.map((a) => ({
            color: a.endedAt ? 'gray' : 'green',
            children: (
              <>
                <div>
                  {a.enterpriseName}（{a.regionName}）
                </div>
                <Typography.Text type="secondary">
                  {day(a.startedAt)} — {a.endedAt ? day(a.endedAt) : t('talents:current')}
                  {a.note ? ` · ${a.note}` : ''}
                </Typography.Text>
              </>
            ),
          }))}
        />
      </ProCard>
      <ProCard title={t('talents:steps')} colSpan="34%">
        <Timeline
          items={steps.map((step) => ({
            color: step.action.includes('return') ? 'orange' : 'blue',
            children: (
              <>
                <div>
                  {labels.action(step.action)} · {labels.status(step.toStatus)}
                </div>
                <Typography.Text type="secondary">
                  {day(step.createdAt)}{' '}
                  {t('talents:by', { actor: step.actorName, organisation: step.actorOrganisationName })}
                </Typography.Text>
                {step.reason ? <div>{t('talents:reason', { reason: step.reason })}</div> : null}
              </>
            ),
          }))}
        />
      </ProCard>
      <ProCard title={t('talents:confirmations')} colSpan="33%">
        <Timeline
          items={confirmations.map((c, index) => ({
            key: index,
            color: 'green',
            children: (
              <>
                <div>{t(`talents:confirmKind.${c.kind}`)}</div>
                <Typography.Text type="secondary">
                  {day(c.createdAt)}{' '}
                  {t('talents:by', { actor: c.actorName, organisation: c.actorOrganisationName })}
                </Typography.Text>
              </>
            ),
          }))}
        />
      </ProCard>
    </ProCard>
  );
}

function TransferDialog({
  record,
  open,
  onClose,
}: {
  record: TalentDetail;
  open: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ enterpriseId: string; note: string }>();
  const [search, setSearch] = useState('');
  const enterprises = useRegionEnterprises(search, open);
  const transfer = useTransferTalent(record.id);
  return (
    <Modal
      open={open}
      title={t('talents:transferTitle', { name: record.name })}
      okText={t('talents:transfer')}
      okButtonProps={{ 'data-testid': 'talent-transfer-ok' } as ButtonProps}
      cancelText={t('common.cancel')}
      confirmLoading={transfer.isPending}
      onCancel={onClose}
      onOk={() => form.submit()}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        onFinish={async (values) => {
          try {
            await transfer.mutateAsync(values);
            message.success(t('talents:transferred'));
            onClose();
          } catch (error) {
            showFieldErrors(form, error);
            showError(message, error);
          }
        }}
      >
        <Form.Item name="enterpriseId" label={t('talents:transferTo')} rules={[{ required: true }]}>
          <Select
            showSearch
            filterOption={false}
            onSearch={setSearch}
            options={(enterprises.data?.items ?? [])
              .filter((item) => item.id !== record.enterprise.id)
              .map((item) => ({ value: item.id, label: item.name }))}
          />
        </Form.Item>
        <Form.Item
          name="note"
          label={t('talents:transferNote')}
          rules={[{ required: true, whitespace: true }]}
        >
          <Input maxLength={200} placeholder={t('talents:transferNotePlaceholder')} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
