import dayjs from 'dayjs';
import { type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { GUIDELINE_PART_LABELS } from '@skillpay/domain';
import { ApiRequestError, errorMessage } from '../../app/api/api-error';
import { PageLoading } from '../../ui/page-loading';
import { PrintLayout } from '../../ui/print-layout';
import { ErrorResult, NotFoundResult } from '../../ui/status-results';
import { useEnterpriseLabels } from '../enterprises';
import { useRegionLabel } from '../regions';
import { type PilotApplication, useEnterprisePlan, usePilotApplication } from './pilots.api';

const time = (value: string | null | undefined) => (value ? dayjs(value).format('YYYY-MM-DD HH:mm') : '—');

/** The application of the route, or what stands in for it while loading or when it cannot be read. */
function useRouteApplication(): { application?: PilotApplication; fallback?: ReactElement } {
  const { id } = useParams<{ id: string }>();
  const application = usePilotApplication(id);
  if (application.isLoading) return { fallback: <PageLoading fullscreen /> };
  if (application.isError) {
    const { error } = application;
    if (error instanceof ApiRequestError && error.status === 404) return { fallback: <NotFoundResult /> };
    return {
      fallback: <ErrorResult message={errorMessage(error)} onRetry={() => void application.refetch()} />,
    };
  }
  return application.data ? { application: application.data } : { fallback: <NotFoundResult /> };
}

/** The enterprise's particulars, as the top of both documents shows them. */
function EnterpriseTable({ application }: { application: PilotApplication }) {
  const { t } = useTranslation();
  const labels = useEnterpriseLabels();
  const regionLabel = useRegionLabel();
  const { enterprise } = application;
  return (
    <table data-testid="print-enterprise">
      <colgroup>
        <col style={{ width: '18%' }} />
        <col style={{ width: '32%' }} />
        <col style={{ width: '18%' }} />
        <col style={{ width: '32%' }} />
      </colgroup>
      <tbody>
        <tr>
          <th>{t('pilots:enterprise')}</th>
          <td colSpan={3}>{enterprise.name}</td>
        </tr>
        <tr>
          <th>{t('pilots:creditCode')}</th>
          <td>{enterprise.creditCode}</td>
          <th>{t('pilots:region')}</th>
          <td>
            {regionLabel(enterprise.regionCode, enterprise.regionName)}
            {enterprise.cityDirect ? `（${t('enterprises:cityDirect')}）` : ''}
          </td>
        </tr>
        <tr>
          <th>{t('enterprises:industry')}</th>
          <td>{labels.industry(enterprise.industrySection)}</td>
          <th>{t('enterprises:size')}</th>
          <td>{labels.size(enterprise.size)}</td>
        </tr>
        <tr>
          <th>{t('enterprises:ownership')}</th>
          <td>{labels.ownership(enterprise.ownership)}</td>
          <th>{t('pilots:headcount')}</th>
          <td>{enterprise.headcount}</td>
        </tr>
        <tr>
          <th>{t('pilots:programme')}</th>
          <td colSpan={3}>{application.programmeTitle}</td>
        </tr>
      </tbody>
    </table>
  );
}

/** /pilot-applications/:id/print: the application with its attachments and every step's opinion. */
export function PilotApplicationPrintPage() {
  const { t } = useTranslation();
  const labels = useEnterpriseLabels();
  const { application, fallback } = useRouteApplication();
  if (!application) return fallback;
  return (
    <PrintLayout
      title={t('pilots:printApplication')}
      subtitle={`${application.enterprise.name} · ${application.programmeTitle}`}
      backTo={`/pilot-applications/${application.id}`}
    >
      <EnterpriseTable application={application} />
      <h2>{t('pilots:applicationContent')}</h2>
      <table>
        <tbody>
          <tr>
            <th style={{ width: '18%' }}>{t('pilots:status')}</th>
            <td>{labels.pilotStatus(application.status)}</td>
          </tr>
          <tr>
            <th>{t('pilots:priorityCategories')}</th>
            <td>
              {application.priorityCategories.map(labels.priority).join(t('common.listSeparator')) || '—'}
            </td>
          </tr>
          <tr>
            <th>{t('pilots:reasons')}</th>
            <td data-testid="print-reasons">{application.reasons}</td>
          </tr>
          <tr>
            <th>{t('pilots:attachments')}</th>
            <td>
              {application.attachments.map((attachment) => attachment.fileName).join('\n') ||
                t('pilots:noAttachments')}
            </td>
          </tr>
        </tbody>
      </table>
      <h2>{t('pilots:history')}</h2>
      <table data-testid="print-history">
        <colgroup>
          <col style={{ width: '14%' }} />
          <col style={{ width: '14%' }} />
          <col style={{ width: '22%' }} />
          <col style={{ width: '17%' }} />
          <col style={{ width: '33%' }} />
        </colgroup>
        <thead>
          <tr>
            <th>{t('pilots:historyStep')}</th>
            <th>{t('pilots:historyActor')}</th>
            <th>{t('pilots:historyOrganisation')}</th>
            <th>{t('pilots:historyTime')}</th>
            <th>{t('pilots:historyOpinion')}</th>
          </tr>
        </thead>
        <tbody>
          {application.transitions.map((transition) => (
            <tr key={transition.id}>
              <td>{labels.pilotAction(transition.action)}</td>
              <td>{transition.actorName}</td>
              <td>{transition.actorOrganisationName}</td>
              <td>{time(transition.createdAt)}</td>
              <td>{transition.reason ?? '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </PrintLayout>
  );
}

/** /pilot-applications/:id/plan/print: the 一企一策 plan of an approved pilot with its milestones. */
export function EnterprisePlanPrintPage() {
  const { t } = useTranslation();
  const labels = useEnterpriseLabels();
  const { application, fallback } = useRouteApplication();
  const plan = useEnterprisePlan(application?.id ?? '', Boolean(application?.hasPlan));
  if (!application) return fallback;
  if (!application.hasPlan) return <NotFoundResult />;
  if (plan.isError)
    return <ErrorResult message={errorMessage(plan.error)} onRetry={() => void plan.refetch()} />;
  if (!plan.data) return <PageLoading fullscreen />;
  return (
    <PrintLayout
      title={t('pilots:printPlan')}
      subtitle={t('pilots:printedPlanOf', {
        name: application.enterprise.name,
        programme: application.programmeTitle,
      })}
      backTo={`/pilot-applications/${application.id}`}
    >
      <EnterpriseTable application={application} />
      <h2>{t('pilots:plan')}</h2>
      <table data-testid="print-plan">
        <tbody>
          <tr>
            <th style={{ width: '18%' }}>{t('pilots:planVariant')}</th>
            <td>{labels.planVariant(plan.data.variant)}</td>
          </tr>
          <tr>
            <th>{t('pilots:planParts')}</th>
            <td>
              {plan.data.guidelineParts
                .map((part) => `${labels.guidelinePart(part)}（${GUIDELINE_PART_LABELS[part].articles}）`)
                .join('\n')}
            </td>
          </tr>
          <tr>
            <th>{t('pilots:planOfficer')}</th>
            <td>
              {plan.data.officer
                ? `${plan.data.officer.displayName}（${plan.data.officer.organisationName}）`
                : t('pilots:planNoOfficer')}
            </td>
          </tr>
          <tr>
            <th>{t('pilots:planNotes')}</th>
            <td>{plan.data.notes ?? '—'}</td>
          </tr>
        </tbody>
      </table>
      <h2>{t('pilots:milestones')}</h2>
      <table data-testid="print-milestones">
        <colgroup>
          <col style={{ width: '8%' }} />
          <col style={{ width: '50%' }} />
          <col style={{ width: '18%' }} />
          <col style={{ width: '24%' }} />
        </colgroup>
        <thead>
          <tr>
            <th className="num">#</th>
            <th>{t('pilots:milestoneTitle')}</th>
            <th>{t('pilots:milestoneDue')}</th>
            <th>{t('pilots:milestoneDone')}</th>
          </tr>
        </thead>
        <tbody>
          {plan.data.milestones.map((milestone, index) => (
            <tr key={milestone.id}>
              <td className="num">{index + 1}</td>
              <td>{milestone.title}</td>
              <td>{milestone.dueOn}</td>
              <td>{milestone.doneAt ? time(milestone.doneAt) : t('pilots:milestoneOpen')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </PrintLayout>
  );
}
