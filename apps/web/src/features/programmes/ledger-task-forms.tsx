import { PlusOutlined } from '@ant-design/icons';
import {
  ModalForm,
  ProFormDatePicker,
  ProFormSelect,
  ProFormText,
  ProFormTextArea,
  type ProFormInstance,
} from '@ant-design/pro-components';
import { App, Button, Popconfirm, Typography } from 'antd';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { TARGET_GROUP_LABELS, TargetGroup, TASK_LINK_LABELS, TaskLink } from '@skillpay/domain';
import { showError, showFieldErrors } from '../../app/api/api-error';
import { useDomainLabels, labelOf } from '../../app/i18n/labels';
import {
  type MeasureInput,
  type PhaseInput,
  type Programme,
  type Task,
  type TaskInput,
  useAddMeasure,
  useAddPhase,
  useRemoveTask,
  useResponsibleCandidates,
  useSaveTask,
} from './programmes.api';
import { useLedgerGroups } from './ledger-table';

const dateOnly = (value: unknown) => (typeof value === 'string' ? value.slice(0, 10) : value);

/** The select's value for a task that follows its units' manual reports (no link). */
const MANUAL = 'manual';

interface TaskFormValues extends Omit<TaskInput, 'phaseId' | 'measureId' | 'linkedEvent'> {
  group: string;
  linkedEvent: TaskLink | typeof MANUAL;
}

/** Add or change a ledger task (the city bureau): placement, due date, responsible units. */
export function LedgerTaskFormButton({ programme, task }: { programme: Programme; task?: Task }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { language } = useDomainLabels();
  const groups = useLedgerGroups(programme);
  const candidates = useResponsibleCandidates(programme.id, true);
  const save = useSaveTask(programme.id);
  const formRef = useRef<ProFormInstance<TaskFormValues>>(undefined);
  const isPhase = (id: string) => programme.phases.some((phase) => phase.id === id);

  return (
    <ModalForm<TaskFormValues>
      formRef={formRef}
      title={task ? t('programmes:editTask') : t('programmes:addTask')}
      trigger={
        task ? (
          <Typography.Link>{t('common.edit')}</Typography.Link>
        ) : (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            disabled={groups.length === 0}
            data-testid="task-add"
          >
            {t('programmes:addTask')}
          </Button>
        )
      }
      initialValues={
        task
          ? {
              title: task.title,
              description: task.description,
              group: task.phaseId ?? task.measureId ?? undefined,
              dueOn: task.dueOn,
              responsibleOrganisationIds: task.responsibleOrganisations.map((o) => o.id),
              textUnits: task.textUnits,
              linkedEvent: task.linkedEvent ?? MANUAL,
            }
          : { responsibleOrganisationIds: [], textUnits: [], linkedEvent: MANUAL }
      }
      modalProps={{ destroyOnHidden: true }}
      onFinish={async ({ group, linkedEvent, ...values }) => {
        try {
          const input: TaskInput = {
            ...values,
            linkedEvent: linkedEvent === MANUAL ? null : linkedEvent,
            dueOn: (dateOnly(values.dueOn) as string | undefined) ?? null,
            phaseId: isPhase(group) ? group : null,
            measureId: isPhase(group) ? null : group,
          };
          await save.mutateAsync({ task, input });
          message.success(t('common.saved'));
          return true;
        } catch (error) {
          showFieldErrors(formRef.current, error);
          showError(message, error);
          return false;
        }
      }}
    >
      <ProFormText
        name="title"
        label={t('programmes:task')}
        rules={[{ required: true, message: t('common.required') }]}
        fieldProps={{ maxLength: 200 }}
      />
      <ProFormTextArea
        name="description"
        label={t('programmes:description')}
        fieldProps={{ maxLength: 2000 }}
      />
      <ProFormSelect
        name="group"
        label={t('programmes:group')}
        rules={[{ required: true, message: t('common.required') }]}
        options={groups.map((group) => ({ value: group.id, label: group.label }))}
      />
      <ProFormDatePicker name="dueOn" label={t('programmes:dueOn')} fieldProps={{ format: 'YYYY-MM-DD' }} />
      <ProFormSelect
        name="responsibleOrganisationIds"
        label={t('programmes:responsible')}
        mode="multiple"
        showSearch
        options={(candidates.data ?? []).map((organisation) => ({
          value: organisation.id,
          label: organisation.name,
        }))}
      />
      <ProFormSelect
        name="textUnits"
        label={t('programmes:textUnits')}
        mode="tags"
        extra={t('programmes:textUnitsHint')}
      />
      <ProFormSelect
        name="linkedEvent"
        label={t('programmes:linkedEvent')}
        extra={t('programmes:linkedEventHint')}
        allowClear={false}
        options={[
          { value: MANUAL, label: t('programmes:linkedEventManual') },
          ...Object.values(TaskLink).map((link) => ({
            value: link,
            label: labelOf(TASK_LINK_LABELS, link, language),
          })),
        ]}
      />
    </ModalForm>
  );
}

/** Add a phase (Qingdao-style plans) or a measure (Lüliang-style plans). */
export function LedgerStructureButtons({ programme }: { programme: Programme }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { language } = useDomainLabels();
  const addPhase = useAddPhase(programme.id);
  const addMeasure = useAddMeasure(programme.id);
  const phaseRef = useRef<ProFormInstance<PhaseInput>>(undefined);
  const measureRef = useRef<ProFormInstance<MeasureInput>>(undefined);

  return (
    <>
      <ModalForm<PhaseInput>
        formRef={phaseRef}
        title={t('programmes:addPhase')}
        trigger={<Button icon={<PlusOutlined />}>{t('programmes:addPhase')}</Button>}
        modalProps={{ destroyOnHidden: true }}
        onFinish={async (values) => {
          try {
            await addPhase.mutateAsync({
              ...values,
              startsOn: dateOnly(values.startsOn) as string,
              endsOn: dateOnly(values.endsOn) as string,
            });
            message.success(t('common.saved'));
            return true;
          } catch (error) {
            showFieldErrors(phaseRef.current, error);
            showError(message, error);
            return false;
          }
        }}
      >
        <ProFormText
          name="name"
          label={t('programmes:phaseName')}
          rules={[{ required: true, message: t('common.required') }]}
        />
        <ProFormDatePicker
          name="startsOn"
          label={t('programmes:startsOn')}
          fieldProps={{ format: 'YYYY-MM-DD' }}
          rules={[{ required: true, message: t('common.required') }]}
        />
        <ProFormDatePicker
          name="endsOn"
          label={t('programmes:endsOn')}
          fieldProps={{ format: 'YYYY-MM-DD' }}
          rules={[{ required: true, message: t('common.required') }]}
        />
      </ModalForm>
      <ModalForm<MeasureInput>
        formRef={measureRef}
        title={t('programmes:addMeasure')}
        trigger={<Button icon={<PlusOutlined />}>{t('programmes:addMeasure')}</Button>}
        modalProps={{ destroyOnHidden: true }}
        onFinish={async (values) => {
          try {
            await addMeasure.mutateAsync(values);
            message.success(t('common.saved'));
            return true;
          } catch (error) {
            showFieldErrors(measureRef.current, error);
            showError(message, error);
            return false;
          }
        }}
      >
        <ProFormSelect
          name="targetGroup"
          label={t('programmes:targetGroup')}
          rules={[{ required: true, message: t('common.required') }]}
          options={Object.values(TargetGroup).map((group) => ({
            value: group,
            label: labelOf(TARGET_GROUP_LABELS, group, language),
          }))}
        />
        <ProFormText
          name="title"
          label={t('programmes:measureTitle')}
          rules={[{ required: true, message: t('common.required') }]}
        />
        <ProFormSelect name="responsibleUnits" label={t('programmes:responsible')} mode="tags" />
      </ModalForm>
    </>
  );
}

/** Removes a task from the ledger after confirmation (the city bureau). */
export function RemoveLedgerTaskLink({ programme, task }: { programme: Programme; task: Task }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const remove = useRemoveTask(programme.id);
  return (
    <Popconfirm
      title={t('programmes:removeTaskConfirm', { task: task.title })}
      okButtonProps={{ danger: true }}
      onConfirm={async () => {
        try {
          await remove.mutateAsync(task);
          message.success(t('programmes:taskRemoved'));
        } catch (error) {
          showError(message, error);
        }
      }}
    >
      <Typography.Link type="danger">{t('common.delete')}</Typography.Link>
    </Popconfirm>
  );
}
