import { ArrowLeftOutlined, PrinterOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import dayjs from 'dayjs';
import { type ReactNode, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useCurrentUser } from '../app/session/session-store';
import './print-layout.css';

/** A text as a CSS string literal (for `content:` in the page's margin boxes). */
export function cssString(text: string): string {
  return `"${text.replace(/[\\"]/g, '\\$&').replace(/\n/g, ' ')}"`;
}

export interface PrintLayoutProps {
  /** the document's title, e.g. 试点企业申报表 */
  title: string;
  /** what it is about, e.g. the enterprise and programme */
  subtitle?: string;
  /** where 返回 leads: the detail page the view was opened from */
  backTo: string;
  children: ReactNode;
}

/**
 * The one print layout of the portal: an A4 page (`@page`), headed with the portal's and the
 * reader's organisation's names, no menu or header of the portal, and a closing line saying who
 * printed it when. Every printed page repeats both names and its number in the bottom margin
 * (CSS page-margin boxes; a browser without them still prints the head on the first page).
 * On screen it shows the sheet with 打印 and 返回 above it.
 */
export function PrintLayout({ title, subtitle, backTo, children }: PrintLayoutProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const me = useCurrentUser();
  const portal = t('app.title');
  const organisation = me.organisation.name;

  useEffect(() => {
    const previous = document.title;
    // the browser offers the title as the PDF's file name
    document.title = subtitle ? `${title}（${subtitle}）` : title;
    return () => {
      document.title = previous;
    };
  }, [title, subtitle]);

  const page = `@page {
    size: A4;
    margin: 18mm 15mm 18mm;
    @bottom-left { content: ${cssString(`${portal} · ${organisation}`)}; font-size: 8pt; color: #555; }
    @bottom-right { content: ${pageNumbers(t('print.pageOf'))}; font-size: 8pt; }
  }`;

  return (
    <div className="print-view" data-testid="print-view">
      <style>{page}</style>
      <div className="print-toolbar">
        <Button icon={<ArrowLeftOutlined />} onClick={() => navigate(backTo)}>
          {t('print.back')}
        </Button>
        <Button
          type="primary"
          icon={<PrinterOutlined />}
          onClick={() => window.print()}
          data-testid="print-now"
        >
          {t('print.print')}
        </Button>
      </div>
      <article className="print-sheet">
        <header className="print-header">
          <span>{portal}</span>
          <span>{organisation}</span>
        </header>
        <h1>{title}</h1>
        {subtitle ? <p className="print-subtitle">{subtitle}</p> : null}
        {children}
        <footer className="print-footer">
          {t('print.printedBy', {
            name: me.displayName,
            organisation,
            time: dayjs().format('YYYY-MM-DD HH:mm'),
          })}
        </footer>
      </article>
    </div>
  );
}

/** `第 {{page}} 页 / 共 {{pages}} 页` as CSS content with the page counters in place. */
function pageNumbers(template: string): string {
  return template
    .split(/(\{\{page\}\}|\{\{pages\}\})/)
    .filter((part) => part !== '')
    .map((part) =>
      part === '{{page}}' ? 'counter(page)' : part === '{{pages}}' ? 'counter(pages)' : cssString(part),
    )
    .join(' ');
}
