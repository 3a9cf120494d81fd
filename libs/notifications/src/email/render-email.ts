import { pathOf } from '../notification-links';
import { type Notification } from '../notification.entity';
import { type EmailLanguage, FRAME, WORDING } from './templates';

export interface RenderedEmail {
  subject: string;
  text: string;
  html: string;
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

function languageOf(notification: Pick<Notification, 'language'>): EmailLanguage {
  return notification.language === 'fr' ? 'fr' : 'en';
}

function item(notification: Notification, webAppUrl: string) {
  const wording = WORDING[languageOf(notification)][notification.kind];
  return {
    subject: wording.subject(notification.title, notification.params ?? {}),
    line: wording.line(notification.title, notification.params ?? {}),
    link: `${webAppUrl}${pathOf(notification)}`,
  };
}

/** The e-mail of one notification, in its language, with a link to its item. */
export function renderNotificationEmail(
  notification: Notification,
  webAppUrl: string,
): RenderedEmail {
  const frame = FRAME[languageOf(notification)];
  const { subject, line, link } = item(notification, webAppUrl);
  return {
    subject,
    text: `${line}\n\n${frame.open}${frame.colon} ${link}\n\n--\n${frame.footer}\n`,
    html:
      `<p>${escapeHtml(line)}</p><p><a href="${escapeHtml(link)}">${escapeHtml(frame.open)}</a></p>` +
      `<hr><p><small>${escapeHtml(frame.footer)}</small></p>`,
  };
}

/** One e-mail gathering a user's notifications (all in the language of the first). */
export function renderDigestEmail(notifications: Notification[], webAppUrl: string): RenderedEmail {
  const language = languageOf(notifications[0]);
  const frame = FRAME[language];
  const items = notifications.map((notification) =>
    item({ ...notification, language } as Notification, webAppUrl),
  );
  return {
    subject: frame.digestSubject(notifications.length),
    text:
      `${frame.digestIntro}\n\n` +
      items.map(({ line, link }) => `- ${line}\n  ${link}`).join('\n') +
      `\n\n--\n${frame.footer}\n`,
    html:
      `<p>${escapeHtml(frame.digestIntro)}</p><ul>` +
      items
        .map(
          ({ line, link }) =>
            `<li>${escapeHtml(line)} <a href="${escapeHtml(link)}">${escapeHtml(frame.open)}</a></li>`,
        )
        .join('') +
      `</ul><hr><p><small>${escapeHtml(frame.footer)}</small></p>`,
  };
}
