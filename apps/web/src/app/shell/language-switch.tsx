import { Segmented } from 'antd';
import { type Language } from '@skillpay/domain';
import { changeLanguage, useLanguage } from '../i18n/i18n';

const OPTIONS: { value: Language; label: string }[] = [
  // Each language names itself, so the switch is readable whatever the current language.
  { value: 'zh-CN', label: '中文' },
  { value: 'en', label: 'English' },
];

export function LanguageSwitch() {
  const language = useLanguage();
  return (
    <Segmented<Language>
      size="small"
      value={language}
      onChange={(value) => void changeLanguage(value)}
      aria-label="语言 / Language"
      data-testid="language-switch"
      options={OPTIONS.map(({ value, label }) => ({
        value,
        label: (
          <span lang={value} data-testid={`language-option-${value}`}>
            {label}
          </span>
        ),
      }))}
    />
  );
}
