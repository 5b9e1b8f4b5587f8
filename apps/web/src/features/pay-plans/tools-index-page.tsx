import {
  FolderOpenOutlined,
  AccountBookOutlined,
  CalculatorOutlined,
  FundOutlined,
  GiftOutlined,
  LineChartOutlined,
  SafetyCertificateOutlined,
  TableOutlined,
} from '@ant-design/icons';
import { PageContainer } from '@ant-design/pro-components';
import { Button, Card, Col, Row, Space, Typography } from 'antd';
import { type ComponentType } from 'react';
import { type CalculatorKind } from '@skillpay/domain';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { SourceLink } from './shared/source-link';
import { TOOL_KINDS, TOOL_SOURCES, toolPath } from './shared/tool-kinds';

const ICONS: Record<CalculatorKind, ComponentType> = {
  'pay-table': TableOutlined,
  'step-movement': LineChartOutlined,
  'post-evaluation': CalculatorOutlined,
  'performance-pay': FundOutlined,
  allowances: GiftOutlined,
  'profit-sharing': AccountBookOutlined,
  checks: SafetyCertificateOutlined,
};

/** 薪酬设计工具: one card per calculator with what it does and the article behind it. */
export function PayToolsIndexPage() {
  const { t } = useTranslation();
  return (
    <PageContainer
      title={t('payTools:title')}
      content={t('payTools:intro')}
      extra={
        <Link to="/pay-tools/plans">
          <Button icon={<FolderOpenOutlined />} data-testid="pay-plans-link">
            {t('payPlans:plans.listTitle')}
          </Button>
        </Link>
      }
    >
      <Row gutter={[16, 16]}>
        {TOOL_KINDS.map((kind) => {
          const Icon = ICONS[kind];
          return (
            <Col key={kind} xs={24} md={12} xl={8}>
              <Card
                hoverable
                data-testid={`pay-tool-${kind}`}
                title={
                  <Link to={toolPath(kind)}>
                    <Space>
                      <Icon />
                      {t(`payTools:kinds.${kind}.title`)}
                    </Space>
                  </Link>
                }
                extra={<Link to={toolPath(kind)}>{t('payTools:open')}</Link>}
              >
                <Typography.Paragraph>{t(`payTools:kinds.${kind}.description`)}</Typography.Paragraph>
                <SourceLink source={TOOL_SOURCES[kind]} />
              </Card>
            </Col>
          );
        })}
      </Row>
    </PageContainer>
  );
}
