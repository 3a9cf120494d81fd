import { NotificationKind } from '../notification-kind';
import { type NotificationParams } from '../notification.entity';

export type EmailLanguage = 'en' | 'fr';

/** What an e-mail says of one notification: a subject line and a sentence. */
interface Wording {
  subject: (title: string, params: NotificationParams) => string;
  line: (title: string, params: NotificationParams) => string;
}

const side = (language: EmailLanguage, params: NotificationParams) =>
  params.side === 'DONOR'
    ? language === 'fr'
      ? `L’État donateur (${params.state})`
      : `The donor (${params.state})`
    : language === 'fr'
      ? `Le pays fournisseur de contingents ou de personnel de police (${params.state})`
      : `The T/PCC (${params.state})`;

/** French typography: a narrow no-break space before ; : ! ? and inside « ». */
const NNBSP = '\u202f';

/** A pledge's open statuses, as the web app names them (apps/web locales, `pledges.status`). */
const PLEDGE_STATUS: Record<EmailLanguage, Record<string, string>> = {
  en: { ANNOUNCED: 'announced', COMMITTED: 'committed', IN_PROGRESS: 'in progress' },
  fr: { ANNOUNCED: 'annoncé', COMMITTED: 'confirmé', IN_PROGRESS: 'en cours' },
};
const pledgeStatus = (language: EmailLanguage, params: NotificationParams) =>
  PLEDGE_STATUS[language][String(params.status)] ?? String(params.status);

const ENGLISH: Record<NotificationKind, Wording> = {
  [NotificationKind.PROPOSAL_NEW]: {
    subject: (title) => `New proposal: ${title}`,
    line: (title, p) =>
      `A match run proposes ${p.quantity} units of the offer “${p.offerTitle}” (${p.donor}) for the gap “${title}” (${p.tpcc}). It waits for both sides’ answers.`,
  },
  [NotificationKind.PROPOSAL_ACCEPTED]: {
    subject: (title) => `Proposal accepted: ${title}`,
    line: (title, p) => `${side('en', p)} accepted the proposal for “${title}”.`,
  },
  [NotificationKind.PROPOSAL_DECLINED]: {
    subject: (title) => `Proposal declined: ${title}`,
    line: (title, p) => `${side('en', p)} declined the proposal for “${title}”.`,
  },
  [NotificationKind.PARTNERSHIP_CONFIRMED]: {
    subject: (title) => `Partnership confirmed: ${title}`,
    line: (title, p) =>
      `Both sides accepted: ${p.donor} and ${p.tpcc} are partners on “${title}” (${p.quantity} units).`,
  },
  [NotificationKind.DELIVERY_RECORDED]: {
    subject: (title) => `Delivery recorded: ${title}`,
    line: (title, p) =>
      `A delivery of ${p.quantity} units was recorded on “${title}”: ${p.delivered} of ${p.total} delivered.`,
  },
  [NotificationKind.MILESTONE_DUE]: {
    subject: (title) => `Milestone due soon: ${title}`,
    line: (title, p) => `The milestone “${title}” of your partnership is due on ${p.dueOn}.`,
  },
  [NotificationKind.MILESTONE_OVERDUE]: {
    subject: (title) => `Milestone overdue: ${title}`,
    line: (title, p) =>
      `The milestone “${title}” of your partnership was due on ${p.dueOn} and is not achieved yet.`,
  },
  [NotificationKind.GAP_WINDOW_CLOSING]: {
    subject: (title) => `Gap closing with nothing proposed: ${title}`,
    line: (title, p) =>
      `The gap “${title}” is needed by ${p.neededBy} and nothing has been proposed for it yet.`,
  },
  [NotificationKind.OFFER_EXPIRING]: {
    subject: (title) => `Offer about to expire: ${title}`,
    line: (title, p) =>
      `The offer “${title}” is available until ${p.availableTo} and still has ${p.remaining} units to allocate.`,
  },
  [NotificationKind.PLEDGE_UPDATE_DUE]: {
    subject: (title) => `Pledge update due: ${title}`,
    line: (title, p) =>
      `The pledge “${title}” (${p.city} ${p.year} Ministerial) has had the status “${pledgeStatus('en', p)}” since ${p.since}: its status update is due on ${p.dueOn}. If it has moved on, record its new status with the reason.`,
  },
  [NotificationKind.MATCH_RUN_FAILED]: {
    subject: () => 'A match run failed',
    line: (title, p) => `Match run ${title} failed: ${p.reason}`,
  },
  [NotificationKind.COMMENT_MENTION]: {
    subject: (title) => `You were mentioned: ${title}`,
    line: (title, p) => `${p.author} mentioned you on “${title}”: ${p.excerpt}`,
  },
};

const FRENCH: Record<NotificationKind, Wording> = {
  [NotificationKind.PROPOSAL_NEW]: {
    subject: (title) => `Nouvelle proposition${NNBSP}: ${title}`,
    line: (title, p) =>
      `Un cycle de mise en relation propose ${p.quantity} unités de l’offre «${NNBSP}${p.offerTitle}${NNBSP}» (${p.donor}) pour la lacune capacitaire «${NNBSP}${title}${NNBSP}» (${p.tpcc}). Elle attend la réponse des deux parties.`,
  },
  [NotificationKind.PROPOSAL_ACCEPTED]: {
    subject: (title) => `Proposition acceptée${NNBSP}: ${title}`,
    line: (title, p) =>
      `${side('fr', p)} a accepté la proposition pour «${NNBSP}${title}${NNBSP}».`,
  },
  [NotificationKind.PROPOSAL_DECLINED]: {
    subject: (title) => `Proposition refusée${NNBSP}: ${title}`,
    line: (title, p) => `${side('fr', p)} a refusé la proposition pour «${NNBSP}${title}${NNBSP}».`,
  },
  [NotificationKind.PARTNERSHIP_CONFIRMED]: {
    subject: (title) => `Partenariat confirmé${NNBSP}: ${title}`,
    line: (title, p) =>
      `Les deux parties ont accepté${NNBSP}: ${p.donor} et ${p.tpcc} sont partenaires pour «${NNBSP}${title}${NNBSP}» (${p.quantity} unités).`,
  },
  [NotificationKind.DELIVERY_RECORDED]: {
    subject: (title) => `Livraison enregistrée${NNBSP}: ${title}`,
    line: (title, p) =>
      `Une livraison de ${p.quantity} unités a été enregistrée pour «${NNBSP}${title}${NNBSP}»${NNBSP}: ${p.delivered} sur ${p.total} livrées.`,
  },
  [NotificationKind.MILESTONE_DUE]: {
    subject: (title) => `Jalon bientôt dû${NNBSP}: ${title}`,
    line: (title, p) =>
      `Le jalon «${NNBSP}${title}${NNBSP}» de votre partenariat est prévu pour le ${p.dueOn}.`,
  },
  [NotificationKind.MILESTONE_OVERDUE]: {
    subject: (title) => `Jalon en retard${NNBSP}: ${title}`,
    line: (title, p) =>
      `Le jalon «${NNBSP}${title}${NNBSP}» de votre partenariat était prévu pour le ${p.dueOn} et n’est pas encore atteint.`,
  },
  [NotificationKind.GAP_WINDOW_CLOSING]: {
    subject: (title) => `Lacune capacitaire sans proposition${NNBSP}: ${title}`,
    line: (title, p) =>
      `La lacune capacitaire «${NNBSP}${title}${NNBSP}» doit être comblée d’ici le ${p.neededBy} et aucune proposition n’a encore été faite.`,
  },
  [NotificationKind.OFFER_EXPIRING]: {
    subject: (title) => `Offre bientôt expirée${NNBSP}: ${title}`,
    line: (title, p) =>
      `L’offre «${NNBSP}${title}${NNBSP}» est disponible jusqu’au ${p.availableTo} et il reste ${p.remaining} unités à attribuer.`,
  },
  [NotificationKind.PLEDGE_UPDATE_DUE]: {
    subject: (title) => `Mise à jour d’engagement attendue${NNBSP}: ${title}`,
    line: (title, p) =>
      `L’engagement «${NNBSP}${title}${NNBSP}» (réunion ministérielle de ${p.city}, ${p.year}) a le statut «${NNBSP}${pledgeStatus('fr', p)}${NNBSP}» depuis le ${p.since}${NNBSP}: la mise à jour de son statut est attendue pour le ${p.dueOn}. S’il a évolué, enregistrez son nouveau statut avec la raison.`,
  },
  [NotificationKind.MATCH_RUN_FAILED]: {
    subject: () => 'Échec d’un cycle de mise en relation',
    line: (title, p) => `Le cycle de mise en relation ${title} a échoué${NNBSP}: ${p.reason}`,
  },
  [NotificationKind.COMMENT_MENTION]: {
    subject: (title) => `Vous avez été mentionné${NNBSP}: ${title}`,
    line: (title, p) =>
      `${p.author} vous a mentionné sur «${NNBSP}${title}${NNBSP}»${NNBSP}: ${p.excerpt}`,
  },
};

export const WORDING: Record<EmailLanguage, Record<NotificationKind, Wording>> = {
  en: ENGLISH,
  fr: FRENCH,
};

/** The frame around the lines: greeting, link label, digest subject, footer. */
export const FRAME: Record<
  EmailLanguage,
  {
    open: string;
    colon: string;
    digestSubject: (count: number) => string;
    digestIntro: string;
    footer: string;
  }
> = {
  en: {
    open: 'Open',
    colon: ':',
    digestSubject: (count) => `LCM Match: your daily digest (${count} notifications)`,
    digestIntro: 'What happened since your last digest:',
    footer:
      'You receive this e-mail from LCM Match. Choose what you receive, and how often, in your notification settings.',
  },
  fr: {
    open: 'Ouvrir',
    colon: `${NNBSP}:`,
    digestSubject: (count) => `LCM Match${NNBSP}: votre résumé quotidien (${count} notifications)`,
    digestIntro: `Ce qui s’est passé depuis votre dernier résumé${NNBSP}:`,
    footer:
      'Vous recevez ce courriel de LCM Match. Choisissez ce que vous recevez, et à quelle fréquence, dans vos paramètres de notification.',
  },
};
