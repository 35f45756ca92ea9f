import type { ReminderType } from './compose';

export type DigestLanguage = 'en' | 'zh-Hans';

export interface DigestItem {
  type: ReminderType;
  title: string;
  titleZh: string;
  dueDate: string | null;
  link: string | null;
}

export interface Digest {
  subject: string;
  text: string;
  html: string;
}

/** Section headings of the digest, in the order a merchandiser reads them: the late first. */
const SECTIONS: Array<{ types: ReminderType[]; en: string; zh: string }> = [
  { types: ['ex-factory-at-risk'], en: 'Ex-factory at risk', zh: '出厂期风险' },
  { types: ['milestone-overdue'], en: 'Overdue milestones', zh: '逾期节点' },
  { types: ['milestone-due'], en: 'Milestones due', zh: '即将到期节点' },
  { types: ['purchase-overdue', 'purchase-due', 'supplier-ships'], en: 'Purchasing', zh: '采购跟催' },
  { types: ['inspection-due'], en: 'Fabric inspection', zh: '验布' },
  { types: ['sample-receipt', 'sample-feedback', 'sample-due'], en: 'Samples', zh: '样品' },
  { types: ['warehouse-cutoff'], en: 'Warehouse cut-offs', zh: '进仓截止' },
  { types: ['completion-report-due'], en: 'Completion reports', zh: '完单报告' },
];

const escapeHtml = (value: string) =>
  value.replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char]!);

/**
 * One recipient's daily digest, in their admin-panel language (zh-Hans or
 * en): the count in the subject, the items grouped by kind, each with its
 * due date and a link into the admin panel.
 */
export function composeDigest(input: {
  name: string | null;
  language: DigestLanguage;
  date: string;
  items: readonly DigestItem[];
  /** Absolute base of links (the admin panel's public URL). */
  baseUrl: string;
}): Digest {
  const zh = input.language === 'zh-Hans';
  const count = input.items.length;
  const subject = zh
    ? `【跟单提醒】${input.date}：${count} 项待跟进`
    : `[Gendan] ${input.date}: ${count} item${count === 1 ? '' : 's'} to chase`;
  const greeting = zh ? `${input.name ?? ''}您好，` : `Hello${input.name ? ` ${input.name}` : ''},`;
  const intro = zh ? '以下事项需要今天跟进：' : 'These need chasing today:';
  const url = (link: string | null) => (link ? `${input.baseUrl.replace(/\/$/, '')}${link}` : null);
  const sections = SECTIONS.map((section) => ({
    heading: zh ? section.zh : section.en,
    items: input.items.filter((item) => section.types.includes(item.type)),
  })).filter((section) => section.items.length > 0);
  const label = (item: DigestItem) => (zh ? item.titleZh : item.title);

  const text = [
    greeting,
    '',
    intro,
    ...sections.flatMap((section) => [
      '',
      `${section.heading} (${section.items.length})`,
      ...section.items.map((item) => `- ${label(item)}${url(item.link) ? `\n  ${url(item.link)}` : ''}`),
    ]),
    '',
    zh ? '— Gendan 跟单' : '— Gendan',
  ].join('\n');

  const html = [
    `<p>${escapeHtml(greeting)}</p>`,
    `<p>${escapeHtml(intro)}</p>`,
    ...sections.map(
      (section) =>
        `<h3>${escapeHtml(section.heading)} (${section.items.length})</h3><ul>${section.items
          .map((item) => {
            const href = url(item.link);
            const body = escapeHtml(label(item));
            return `<li>${href ? `<a href="${escapeHtml(href)}">${body}</a>` : body}</li>`;
          })
          .join('')}</ul>`
    ),
    `<p>${zh ? '— Gendan 跟单' : '— Gendan'}</p>`,
  ].join('\n');

  return { subject, text, html };
}
