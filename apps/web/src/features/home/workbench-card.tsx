import { ProCard } from '@ant-design/pro-components';
import { Badge, Col, Empty, Flex, List, Result, Row, Tag, Typography, theme } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { type ResponseBody } from '../../app/api/types';
import { useWorkbench } from './home.api';

type WorkbenchGroup = ResponseBody<'/api/workbench', 'get'>['groups'][number];
type WorkbenchItem = WorkbenchGroup['items'][number];

/** The due date of an item: red once overdue, as in the ledger. */
function DueTag({ item }: { item: WorkbenchItem }) {
  const { t } = useTranslation();
  if (!item.dueOn) return null;
  return item.overdue ? (
    <Tag color="error">{t('home:workbench.overdue', { date: item.dueOn })}</Tag>
  ) : (
    <Tag color="warning">{t('home:workbench.due', { date: item.dueOn })}</Tag>
  );
}

function GroupCard({ group }: { group: WorkbenchGroup }) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  return (
    <ProCard
      size="small"
      bordered
      style={{ height: '100%' }}
      data-testid={`workbench-group-${group.kind}`}
      title={
        <Flex gap={token.marginXS} align="center">
          <Typography.Text strong>{t(`home:workbench.kinds.${group.kind}`)}</Typography.Text>
          <Badge count={group.count} overflowCount={999} color={token.colorPrimary} />
        </Flex>
      }
      extra={
        group.count > group.items.length ? (
          <Link to={group.listLink}>{t('home:workbench.all', { count: group.count })}</Link>
        ) : null
      }
    >
      <List
        size="small"
        dataSource={group.items}
        renderItem={(item) => (
          <List.Item style={{ paddingInline: 0 }}>
            <Flex justify="space-between" align="center" gap={token.marginXS} style={{ width: '100%' }}>
              <Flex vertical style={{ minWidth: 0 }}>
                <Link to={item.link} data-testid="workbench-item">
                  {item.title}
                </Link>
                {item.subtitle ? (
                  <Typography.Text type="secondary" ellipsis style={{ fontSize: token.fontSizeSM }}>
                    {item.subtitle}
                  </Typography.Text>
                ) : null}
              </Flex>
              <DueTag item={item} />
            </Flex>
          </List.Item>
        )}
      />
    </ProCard>
  );
}

export interface WorkbenchCardProps {
  enabled: boolean;
}

/** 我的待办: each kind of to-do with its count, its first items one click from their pages. */
export function WorkbenchCard({ enabled }: WorkbenchCardProps) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const workbench = useWorkbench(enabled);
  if (!enabled) return null;
  const groups = workbench.data?.groups ?? [];
  const total = groups.reduce((sum, group) => sum + group.count, 0);
  return (
    <ProCard
      title={t('home:workbench.title')}
      subTitle={total > 0 ? t('home:workbench.total', { count: total }) : undefined}
      loading={workbench.isLoading}
      style={{ marginBottom: token.marginMD }}
      data-testid="workbench"
    >
      {workbench.isError ? (
        <Result status="warning" subTitle={t('home:workbench.failed')} />
      ) : groups.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('home:workbench.empty')} />
      ) : (
        <Row gutter={[token.marginMD, token.marginMD]}>
          {groups.map((group) => (
            <Col key={group.kind} xs={24} lg={12}>
              <GroupCard group={group} />
            </Col>
          ))}
        </Row>
      )}
    </ProCard>
  );
}
