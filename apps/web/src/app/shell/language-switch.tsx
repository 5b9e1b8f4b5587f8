import { type Language } from '@skillpay/domain';
import { changeLanguage, useLanguage } from '../i18n/i18n';
import './language-switch.css';

const OPTIONS: { value: Language; label: string }[] = [
  // Each language names itself, so the switch is readable whatever the current language.
  { value: 'zh-CN', label: '中文' },
  { value: 'en', label: 'English' },
];

/**
 * 中文 | English, drawn like antd's small Segmented but with two plain toggle buttons: the login
 * and public pages carry it, and antd's Segmented (with its motion) was a part of their weight.
 */
export function LanguageSwitch() {
  const language = useLanguage();
  return (
    <div className="language-switch" role="group" aria-label="语言 / Language" data-testid="language-switch">
      {OPTIONS.map(({ value, label }) => (
        <button
          key={value}
          type="button"
          className="language-switch__option"
          aria-pressed={language === value}
          onClick={() => {
            if (language !== value) void changeLanguage(value);
          }}
        >
          <span lang={value} data-testid={`language-option-${value}`}>
            {label}
          </span>
        </button>
      ))}
    </div>
  );
}
