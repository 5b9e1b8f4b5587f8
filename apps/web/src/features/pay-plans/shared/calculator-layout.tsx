import { PageContainer, ProCard } from '@ant-design/pro-components';
import { Alert, Col, Row, Space } from 'antd';
import { type CalculatorKind } from '@skillpay/domain';
import { type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { PageLoading } from '../../../ui/page-loading';
import { SourceLink } from './source-link';
import { TOOL_SOURCES } from './tool-kinds';

export interface CalculatorLayoutProps {
  kind: CalculatorKind;
  /** the plan is being loaded into the form */
  loading?: boolean;
  form: ReactNode;
  toolbar: ReactNode;
  /** the result, or null while the input is bad */
  result: ReactNode | null;
}

/** A calculator page: the inputs on the left, the toolbar and the live result on the right. */
export function CalculatorLayout({ kind, loading = false, form, toolbar, result }: CalculatorLayoutProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <PageContainer
      title={t(`payTools:kinds.${kind}.title`)}
      subTitle={<SourceLink source={TOOL_SOURCES[kind]} />}
      content={t(`payTools:kinds.${kind}.description`)}
      onBack={() => navigate('/pay-tools')}
    >
      {loading ? (
        <PageLoading />
      ) : (
        <Row gutter={[16, 16]} align="top">
          <Col xs={24} xl={9}>
            <ProCard bordered>{form}</ProCard>
          </Col>
          <Col xs={24} xl={15}>
            <ProCard bordered title={t('payTools:result')}>
              <Space direction="vertical" size="middle" style={{ width: '100%' }}>
                {toolbar}
                {result ?? (
                  <Alert
                    type="error"
                    showIcon
                    message={t('payTools:invalid')}
                    data-testid="calculator-invalid"
                  />
                )}
              </Space>
            </ProCard>
          </Col>
        </Row>
      )}
    </PageContainer>
  );
}
