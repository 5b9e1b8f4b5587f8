import { type FormInstance } from 'antd';
import { useEffect } from 'react';

/** The one value among `values`, or undefined when there is none or there are several. */
export function soleValue<T>(values: readonly T[] | undefined): T | undefined {
  return values?.length === 1 ? values[0] : undefined;
}

/**
 * A choice with one possible answer is made for the user: while the field `name` is empty and
 * `values` holds exactly one value, the field takes it — a district bureau registers enterprises
 * only in its own district, and creates enterprise accounts only. Every select of a form whose
 * options depend on the caller goes through this, so no form asks what it already knows.
 */
export function usePreselectSoleOption<T>(
  form: FormInstance | undefined,
  name: string,
  values: readonly T[] | undefined,
): void {
  const sole = soleValue(values);
  useEffect(() => {
    if (form && sole !== undefined && form.getFieldValue(name) === undefined) {
      form.setFieldValue(name, sole);
    }
  }, [form, name, sole]);
}
