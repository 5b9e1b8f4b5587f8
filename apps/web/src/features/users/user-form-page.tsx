import {
  PageContainer,
  ProCard,
  ProForm,
  ProFormDependency,
  ProFormSelect,
  ProFormText,
  type ProFormInstance,
} from '@ant-design/pro-components';
import { App, Button, Flex, Form, theme } from 'antd';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import {
  MANAGED_ACCOUNT_ROLES,
  ORGANISATION_TYPES,
  ROLES,
  ROLE_ORGANISATION_TYPES,
  Role,
  checkPassword,
  roleFitsOrganisation,
} from '@skillpay/domain';
import { ApiRequestError, errorMessage, showError, showFieldErrors } from '../../app/api/api-error';
import { useDomainLabels } from '../../app/i18n/labels';
import { roleOf, useCurrentRole } from '../../app/session/session-user';
import { layoutSize } from '../../app/theme';
import { PageLoading } from '../../ui/page-loading';
import { PasswordRules } from '../../ui/password-rules';
import { usePreselectSoleOption } from '../../ui/sole-option';
import { ErrorResult, NotFoundResult } from '../../ui/status-results';
import { type OrganisationOption, searchOrganisationOptions } from '../organisations';
import { generatePassword } from './generate-password';
import {
  type User,
  type UserCreateInput,
  type UserUpdateInput,
  useCreateUser,
  useUpdateUser,
  useUser,
} from './users.api';

interface UserFormValues {
  username: string;
  displayName: string;
  role: Role;
  organisationId: string;
  password: string;
}

interface UserFormProps {
  user?: User;
  /** a new account's organisation, when the form is opened from it (an enterprise's page) */
  organisationId?: string;
  onSubmit: (values: UserFormValues) => Promise<unknown>;
  onCancel: () => void;
}

/** The policy checklist for the initial password, following what is typed. */
function WatchedPasswordRules() {
  const form = Form.useFormInstance<UserFormValues>();
  const password = Form.useWatch('password', form) ?? '';
  const username = Form.useWatch('username', form);
  return <PasswordRules password={password} username={username} />;
}

function UserForm({ user, organisationId, onSubmit, onCancel }: UserFormProps) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const { message } = App.useApp();
  const labels = useDomainLabels();
  const formRef = useRef<ProFormInstance<UserFormValues>>(undefined);
  const [form] = Form.useForm<UserFormValues>();
  // the roles whose accounts the caller administers: a bureau, enterprise accounts only
  const roles = MANAGED_ACCOUNT_ROLES[useCurrentRole()] ?? ROLES;
  usePreselectSoleOption(form, 'role', roles);
  // The type of the organisation picked, to drop it when a new role no longer fits it.
  const [organisationType, setOrganisationType] = useState<string | undefined>(user?.organisation.type);
  const creating = user === undefined;

  const onFinish = async (values: UserFormValues) => {
    try {
      await onSubmit(values);
      return true;
    } catch (error) {
      showFieldErrors(formRef.current, error);
      showError(message, error);
      return false;
    }
  };

  return (
    <ProForm<UserFormValues>
      form={form}
      formRef={formRef}
      layout="vertical"
      style={{ maxWidth: layoutSize.formMaxWidth }}
      initialValues={
        user
          ? {
              username: user.username,
              displayName: user.displayName,
              role: roleOf(user),
              organisationId: user.organisation.id,
            }
          : { organisationId }
      }
      onValuesChange={(changed: Partial<UserFormValues>) => {
        const type = ORGANISATION_TYPES.find((candidate) => candidate === organisationType);
        if (changed.role && type && !roleFitsOrganisation(changed.role, type)) {
          formRef.current?.setFieldValue('organisationId', undefined);
          setOrganisationType(undefined);
        }
      }}
      onFinish={onFinish}
      submitter={{
        searchConfig: {
          submitText: creating ? t('common.create') : t('common.save'),
          resetText: t('common.cancel'),
        },
        onReset: onCancel,
      }}
    >
      <ProForm.Group>
        <ProFormText
          name="username"
          label={t('users:username')}
          width="md"
          disabled={!creating}
          extra={creating ? t('users:usernameHelp') : undefined}
          fieldProps={{ maxLength: 64, autoComplete: 'off' }}
          rules={[{ required: creating, whitespace: true, message: t('common.required') }]}
        />
        <ProFormText
          name="displayName"
          label={t('users:displayName')}
          width="md"
          fieldProps={{ maxLength: 64 }}
          rules={[{ required: true, whitespace: true, message: t('common.required') }]}
        />
      </ProForm.Group>
      <ProForm.Group>
        <ProFormSelect
          name="role"
          label={t('users:role')}
          width="md"
          options={roles.map((role) => ({ value: role, label: labels.role(role) }))}
          rules={[{ required: true, message: t('common.required') }]}
        />
        <ProFormDependency name={['role']}>
          {({ role }: Partial<UserFormValues>) => (
            <ProFormSelect
              name="organisationId"
              label={t('users:organisation')}
              width="md"
              disabled={!role}
              placeholder={role ? undefined : t('users:pickRoleFirst')}
              extra={
                role
                  ? t('users:organisationTypesHint', {
                      types: ROLE_ORGANISATION_TYPES[role]
                        .map(labels.organisationType)
                        .join(t('common.listSeparator')),
                    })
                  : undefined
              }
              showSearch
              debounceTime={300}
              params={{ role }}
              request={({ keyWords }: { keyWords?: string }) =>
                role
                  ? searchOrganisationOptions(
                      keyWords,
                      ROLE_ORGANISATION_TYPES[role],
                      user?.organisation.id ?? organisationId,
                    )
                  : Promise.resolve([])
              }
              fieldProps={{
                filterOption: false,
                onChange: (_value: string, option) =>
                  setOrganisationType((option as OrganisationOption | undefined)?.type),
              }}
              rules={[{ required: true, message: t('common.required') }]}
            />
          )}
        </ProFormDependency>
      </ProForm.Group>
      {creating ? (
        <ProFormText
          name="password"
          label={t('users:initialPassword')}
          width="md"
          extra={
            <Flex vertical gap={token.marginXS} style={{ marginBlock: token.marginXS }}>
              <span>{t('users:initialPasswordHelp')}</span>
              <WatchedPasswordRules />
            </Flex>
          }
          fieldProps={{
            autoComplete: 'new-password',
            addonAfter: (
              <Button
                type="link"
                size="small"
                onClick={() =>
                  formRef.current?.setFields([{ name: 'password', value: generatePassword(), errors: [] }])
                }
              >
                {t('users:generatePassword')}
              </Button>
            ),
          }}
          rules={[
            { required: true, message: t('password.newRequired') },
            ({ getFieldValue }) => ({
              validator: (_rule, value: string | undefined) =>
                !value || checkPassword({ password: value, username: getFieldValue('username') }).length === 0
                  ? Promise.resolve()
                  : Promise.reject(new Error(t('password.policyUnmet'))),
            }),
          ]}
        />
      ) : null}
    </ProForm>
  );
}

/** /users/new[?organisationId=…]: a new account (from an enterprise's page: for that enterprise). */
export function UserCreatePage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const create = useCreateUser();
  const [search] = useSearchParams();
  const organisationId = search.get('organisationId') ?? undefined;
  const back = search.get('back') ?? '/users';
  return (
    <PageContainer
      title={t(useCurrentRole() === Role.SystemAdmin ? 'users:create' : 'users:createEnterpriseAccount')}
      onBack={() => navigate(back)}
      breadcrumbRender={false}
    >
      <ProCard>
        <UserForm
          organisationId={organisationId}
          onCancel={() => navigate(back)}
          onSubmit={async (values) => {
            const input: UserCreateInput = {
              username: values.username.trim(),
              displayName: values.displayName.trim(),
              role: values.role,
              organisationId: values.organisationId,
              password: values.password,
            };
            const created = await create.mutateAsync(input);
            message.success(t('common.created'));
            navigate(`/users/${created.id}`, { replace: true });
          }}
        />
      </ProCard>
    </PageContainer>
  );
}

export function UserEditPage() {
  const { t } = useTranslation();
  const { id } = useParams<{ id: string }>();
  const navigate = useNavigate();
  const user = useUser(id);

  if (user.isLoading) return <PageLoading />;
  if (user.isError) {
    if (user.error instanceof ApiRequestError && user.error.status === 404) return <NotFoundResult />;
    return <ErrorResult message={errorMessage(user.error)} onRetry={() => void user.refetch()} />;
  }
  if (!user.data) return <NotFoundResult />;
  const back = `/users/${user.data.id}`;

  return (
    <PageContainer
      title={t('users:editTitle', { name: user.data.displayName })}
      onBack={() => navigate(back)}
      breadcrumbRender={false}
    >
      <ProCard>
        <UserEditForm
          key={user.data.version}
          user={user.data}
          onDone={() => navigate(back, { replace: true })}
          onCancel={() => navigate(back)}
        />
      </ProCard>
    </PageContainer>
  );
}

interface UserEditFormProps {
  user: User;
  onDone: () => void;
  onCancel: () => void;
}

function UserEditForm({ user, onDone, onCancel }: UserEditFormProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const update = useUpdateUser(user.id, user.version);
  return (
    <UserForm
      user={user}
      onCancel={onCancel}
      onSubmit={async (values) => {
        // Only what changed, so the audit log records exactly the edit.
        const input: UserUpdateInput = {};
        if (values.displayName.trim() !== user.displayName) input.displayName = values.displayName.trim();
        if (values.role !== user.role) input.role = values.role;
        if (values.organisationId !== user.organisation.id) input.organisationId = values.organisationId;
        if (Object.keys(input).length > 0) await update.mutateAsync(input);
        message.success(t('common.saved'));
        onDone();
      }}
    />
  );
}
