import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import {
  Button,
  Col,
  type ColProps,
  Form,
  type FormItemProps,
  type FormListFieldData,
  Row,
  Space,
} from 'antd';
import { type CSSProperties, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { type FieldStatus } from './calculator-errors';

/** One labelled field of a list row: its name within the row, its column width and its control. */
export interface ListColumn {
  name: string;
  label: string;
  tooltip?: FormItemProps['tooltip'];
  col: ColProps;
  input: ReactNode;
}

export interface ListRowsProps {
  /** the list's name path in the form */
  name: string | string[];
  /** the columns of the row at this index; null leaves a column out */
  columns: (index: number) => (ListColumn | null)[];
  /** Form.Item props marking the field a live error names, by its full name path */
  status: (name: readonly (string | number)[]) => FieldStatus;
  /** the values of a row added by the add button */
  newRow: () => object;
  rowTestId?: (index: number) => string;
  rowAlign?: 'top';
  removeCol?: ColProps;
  /** a list limited in length disables its add button when full */
  max?: number;
  addStyle?: CSSProperties;
}

/** A Form.List edited as rows of labelled fields, each removable (one row always stays), with an add button. */
export function ListRows({
  name,
  columns,
  status,
  newRow,
  rowTestId,
  rowAlign,
  removeCol = { span: 2 },
  max,
  addStyle,
}: ListRowsProps) {
  const { t } = useTranslation();
  const listPath = typeof name === 'string' ? [name] : name;
  return (
    <Form.List name={name}>
      {(fields: FormListFieldData[], { add, remove }) => (
        <>
          {fields.map((field) => (
            <Row key={field.key} gutter={8} align={rowAlign} data-testid={rowTestId?.(field.name)}>
              {columns(field.name).map((column) =>
                column ? (
                  <Col key={column.name} {...column.col}>
                    <Form.Item
                      name={[field.name, column.name]}
                      label={column.label}
                      tooltip={column.tooltip}
                      {...status([...listPath, field.name, column.name])}
                    >
                      {column.input}
                    </Form.Item>
                  </Col>
                ) : null,
              )}
              <Col {...removeCol} style={{ paddingTop: 30 }}>
                <Button
                  type="text"
                  icon={<DeleteOutlined />}
                  aria-label={t('payPlans:remove')}
                  disabled={fields.length <= 1}
                  onClick={() => remove(field.name)}
                />
              </Col>
            </Row>
          ))}
          <Button
            icon={<PlusOutlined />}
            disabled={max !== undefined && fields.length >= max}
            onClick={() => add(newRow())}
            style={addStyle}
          >
            {t('payPlans:add')}
          </Button>
        </>
      )}
    </Form.List>
  );
}

export interface InlineListRowsProps {
  /** the list's name path in the form (relative to an enclosing list, if any) */
  name: string | (string | number)[];
  /** the list's full name path, naming its fields' live errors */
  path: (string | number)[];
  /** the row's unlabelled fields: each control carries its own placeholder */
  fields: { name: string; input: ReactNode }[];
  status: (name: readonly (string | number)[]) => FieldStatus;
  newRow: () => object;
  addLabel: string;
}

/** A Form.List edited as compact inline rows of placeholder-labelled fields, with a small add button. */
export function InlineListRows({ name, path, fields, status, newRow, addLabel }: InlineListRowsProps) {
  return (
    <Form.List name={name}>
      {(rows, { add, remove }) => (
        <Space direction="vertical" style={{ width: '100%' }}>
          {rows.map((row) => (
            <Space key={row.key} wrap align="start">
              {fields.map((field) => (
                <Form.Item
                  key={field.name}
                  name={[row.name, field.name]}
                  style={{ marginBottom: 0 }}
                  {...status([...path, row.name, field.name])}
                >
                  {field.input}
                </Form.Item>
              ))}
              <Button icon={<DeleteOutlined />} onClick={() => remove(row.name)} />
            </Space>
          ))}
          <Button size="small" icon={<PlusOutlined />} onClick={() => add(newRow())}>
            {addLabel}
          </Button>
        </Space>
      )}
    </Form.List>
  );
}
