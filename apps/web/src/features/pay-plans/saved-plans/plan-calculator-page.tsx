import { PageContainer } from '@ant-design/pro-components';
import { type ReactNode } from 'react';
import { type CalculatorKind } from '@skillpay/domain';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { errorMessage } from '../../../app/api/api-error';
import { PageLoading } from '../../../ui/page-loading';
import { ErrorResult } from '../../../ui/status-results';
import { type CalculatorCall, type PayPlanOf } from '../pay-plans.api';
import { PlanToolbar, usePlanBeingRevised } from './plan-toolbar';

/** The toolbar a calculator form shows above itself, given its calculator and input (null: it does not compute). */
export type ToolbarSlot = (call: CalculatorCall | null) => ReactNode;

export interface PlanCalculatorPageProps<K extends CalculatorKind, V> {
  calculator: K;
  intro: string;
  /** a new form's values */
  newValues: () => V;
  /** the form's values for a saved plan of this calculator, from its latest version's input (revising it saves a new version) */
  valuesOf: (plan: PayPlanOf<K>) => V;
  /** the form, keyed by what it was opened with so that opening another plan starts afresh */
  children: (initialValues: V, toolbar: ToolbarSlot) => ReactNode;
}

/**
 * A calculator page of the pay-design tools: the form, with the shared export / save toolbar, and
 * — when opened as `?plan=<id>` from a saved plan — that plan's latest input to revise.
 */
export function PlanCalculatorPage<K extends CalculatorKind, V>({
  calculator,
  intro,
  newValues,
  valuesOf,
  children,
}: PlanCalculatorPageProps<K, V>) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const revised = usePlanBeingRevised(calculator);
  const title = t(`payTools:kinds.${calculator}.title`);
  const toolbar: ToolbarSlot = (call) => <PlanToolbar call={call} defaultTitle={title} plan={revised.plan} />;
  let body: ReactNode;
  if (revised.loading) body = <PageLoading />;
  else if (revised.error) body = <ErrorResult message={errorMessage(revised.error)} />;
  else {
    const initialValues = revised.plan ? valuesOf(revised.plan) : newValues();
    body = (
      <div key={revised.plan ? `${revised.plan.id}-${revised.plan.currentVersion}` : 'new'}>
        {children(initialValues, toolbar)}
      </div>
    );
  }
  return (
    <PageContainer
      title={title}
      content={intro}
      onBack={() => navigate('/pay-tools')}
      breadcrumbRender={false}
    >
      {body}
    </PageContainer>
  );
}
