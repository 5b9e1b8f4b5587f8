import { Select } from 'antd';
import { useState } from 'react';

export interface TalentOptionView {
  id: string;
  name: string;
  enterpriseName: string;
  idNumberMasked?: string;
}

export interface TalentSelectProps {
  /** set by Form.Item, so that its label names the field */
  id?: string;
  /** the feature's own lookup (its scope): the window's or the contact log's talent options */
  useOptions: (search: string) => { data?: readonly TalentOptionView[]; isFetching: boolean };
  value?: string;
  onChange?: (value: string) => void;
  placeholder: string;
  /** a talent to show before any search (e.g. opened from the coverage list) */
  initial?: TalentOptionView;
}

/** Picks a confirmed talent in the caller's scope by name: name, enterprise and masked ID number. */
export function TalentSelect({ id, useOptions, value, onChange, placeholder, initial }: TalentSelectProps) {
  const [search, setSearch] = useState('');
  const query = useOptions(search);
  const options = query.data ?? [];
  const merged =
    initial && !options.some((option) => option.id === initial.id) ? [initial, ...options] : options;
  return (
    <Select
      id={id}
      showSearch
      value={value}
      onChange={onChange}
      placeholder={placeholder}
      filterOption={false}
      onSearch={setSearch}
      loading={query.isFetching}
      data-testid="talent-select"
      options={merged.map((option) => ({
        value: option.id,
        label: `${option.name}（${option.enterpriseName}${option.idNumberMasked ? ` · ${option.idNumberMasked}` : ''}）`,
      }))}
    />
  );
}
