import './public.css';
import { type ReactNode, useId } from 'react';
import { useTranslation } from 'react-i18next';

/*
 * The few pieces the public pages draw with, without antd: styled in public.css with the theme's
 * tokens (app/design-tokens.css) to look like antd's Tag, Alert, Empty, Card and Button.
 */

/** antd's outlined icons, inline (no icon library on the public pages). */
const ICON_PATHS = {
  download:
    'M505.7 661a8 8 0 0012.6 0l112-141.7c4.1-5.2.4-12.9-6.3-12.9h-74.1V168c0-4.4-3.6-8-8-8h-60c-4.4 0-8 3.6-8 8v338.3H400c-6.7 0-10.4 7.7-6.3 12.9l112 141.8zM878 626h-60c-4.4 0-8 3.6-8 8v154H214V634c0-4.4-3.6-8-8-8h-60c-4.4 0-8 3.6-8 8v198c0 17.7 14.3 32 32 32h684c17.7 0 32-14.3 32-32V634c0-4.4-3.6-8-8-8z',
  login:
    'M521.7 82c-152.5-.4-286.7 78.5-363.4 197.7-3.4 5.3.4 12.3 6.7 12.3h70.3c4.8 0 9.3-2.1 12.3-5.8 7-8.5 14.5-16.7 22.4-24.5 32.6-32.5 70.5-58.1 112.7-75.9 43.6-18.4 90-27.8 137.9-27.8 47.9 0 94.3 9.3 137.9 27.8 42.2 17.8 80.1 43.4 112.7 75.9 32.6 32.5 58.1 70.4 76 112.5C865.7 417.8 875 464.1 875 512c0 47.9-9.4 94.2-27.8 137.8-17.8 42.1-43.4 80-76 112.5s-70.5 58.1-112.7 75.9A352.8 352.8 0 01520.6 866c-47.9 0-94.3-9.4-137.9-27.8A353.84 353.84 0 01270 762.3c-7.9-7.9-15.3-16.1-22.4-24.5-3-3.7-7.6-5.8-12.3-5.8H165c-6.3 0-10.2 7-6.7 12.3C234.9 863.2 368.5 942 520.6 942c236.2 0 428-190.1 430.4-425.6C953.4 277.1 761.3 82.6 521.7 82zM395.02 624v-76h-314c-4.4 0-8-3.6-8-8v-56c0-4.4 3.6-8 8-8h314v-76c0-6.7 7.8-10.5 13-6.3l141.9 112a8 8 0 010 12.6l-141.9 112c-5.2 4.1-13 .4-13-6.3z',
  clear:
    'M512 64c247.4 0 448 200.6 448 448S759.4 960 512 960 64 759.4 64 512 264.6 64 512 64zm127.98 274.82L512 466.75 384.14 338.88l-45.12 45.12L466.75 512 338.88 639.86l45.12 45.12L512 557.25l127.86 127.87 45.12-45.12L557.25 512l127.87-127.86z',
} as const;

export function PublicIcon({ name }: { name: keyof typeof ICON_PATHS }) {
  return (
    <svg
      className="public-icon"
      viewBox="64 64 896 896"
      width="1em"
      height="1em"
      fill="currentColor"
      aria-hidden
    >
      <path d={ICON_PATHS[name]} />
    </svg>
  );
}

export type TagTone = 'default' | 'code' | 'success' | 'warning' | 'error' | 'processing';

export interface PublicTagProps {
  tone?: TagTone;
  /** said on hover and by screen readers (the explanation of a footnote, say) */
  title?: string;
  children: ReactNode;
  'data-testid'?: string;
}

/** antd's Tag: a short label in a tinted box. */
export function PublicTag({ tone = 'default', title, children, ...rest }: PublicTagProps) {
  return (
    <span className={`public-tag public-tag--${tone}`} title={title} data-testid={rest['data-testid']}>
      {children}
      {title ? <span className="sr-only">（{title}）</span> : null}
    </span>
  );
}

/** An error said at once to screen readers (antd's error Alert). */
export function PublicAlert({ children }: { children: ReactNode }) {
  return (
    <div className="public-alert" role="alert">
      {children}
    </div>
  );
}

/** Nothing to show, said in words (antd's Empty, without its picture). */
export function PublicEmpty({ children }: { children: ReactNode }) {
  return <p className="public-empty">{children}</p>;
}

export interface PublicSectionProps {
  /** the section's heading (an h2: the page's title is the h1) */
  title: ReactNode;
  /** actions on the heading's line (downloads) */
  extra?: ReactNode;
  children: ReactNode;
  className?: string;
  'data-testid'?: string;
}

/** A titled panel (antd's Card), as a `<section>` named by its heading. */
export function PublicSection({ title, extra, children, className, ...rest }: PublicSectionProps) {
  const id = useId();
  return (
    <section
      className={`public-section${className ? ` ${className}` : ''}`}
      aria-labelledby={id}
      data-testid={rest['data-testid']}
    >
      <header className="public-section__header">
        <h2 id={id} className="public-section__title">
          {title}
        </h2>
        {extra ? <div className="public-section__extra">{extra}</div> : null}
      </header>
      <div className="public-section__body">{children}</div>
    </section>
  );
}

/** Shown while a public page's code and texts download. */
export function PublicLoading() {
  const { t } = useTranslation();
  return (
    <div className="page-loading" role="status" aria-live="polite">
      <span className="page-loading__spinner" aria-hidden />
      <span className="sr-only">{t('common.loading')}</span>
    </div>
  );
}
