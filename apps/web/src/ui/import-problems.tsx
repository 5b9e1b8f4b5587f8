import { Alert, Table } from 'antd';
import { type FieldError } from '@skillpay/domain';
import { useTranslation } from 'react-i18next';
import { ApiRequestError, errorMessage } from '../app/api/api-error';

export interface ImportProblemsProps {
  /** what the import threw; nothing is shown while undefined */
  error: unknown;
  /** the feature's locale namespace, holding `importFailed`, `row`, `column`, `value` and `problem` */
  namespace: 'enterprises' | 'occupations';
  /** prefix of the test ids `<prefix>-failed` and `<prefix>-problems` */
  testId: string;
}

/**
 * Why a spreadsheet import stored nothing: with problems by row, how many there are and each one
 * (row, column, value, message); otherwise the error's message.
 */
export function ImportProblems({ error, namespace, testId }: ImportProblemsProps) {
  const { t } = useTranslation();
  if (error === undefined) return null;
  const details = error instanceof ApiRequestError ? error.details : [];
  const byRow = details.some((detail) => detail.row !== undefined);
  return (
    <>
      <Alert
        type="error"
        showIcon
        message={byRow ? t(`${namespace}:importFailed`, { count: details.length }) : errorMessage(error)}
        data-testid={`${testId}-failed`}
      />
      {byRow ? (
        <Table<FieldError>
          size="small"
          rowKey={(problem) => `${problem.field}-${problem.message}`}
          pagination={details.length > 50 ? { pageSize: 50 } : false}
          dataSource={details}
          columns={[
            { title: t(`${namespace}:row`), dataIndex: 'row', width: 70 },
            { title: t(`${namespace}:column`), dataIndex: 'column', width: 160 },
            { title: t(`${namespace}:value`), dataIndex: 'value', width: 220, ellipsis: true },
            { title: t(`${namespace}:problem`), dataIndex: 'message' },
          ]}
          data-testid={`${testId}-problems`}
        />
      ) : null}
    </>
  );
}
