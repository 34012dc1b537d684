import type { Language } from '../language';
import type { DocumentBlock, DocumentTranslate } from './document-model';
import {
  type BackupPlanSection,
  type DesignReviewOption,
  type IdentityPlanSection,
  type IngressPlanSection,
  designReviewOptions,
  findBackupGaps,
} from './design-review-sections';

/** `t` is the plan document's own translator (keys under `document.`), `language` picks the data's words. */
type Context = { t: DocumentTranslate; language: Language };

const optionById = (id: string): DesignReviewOption | undefined => designReviewOptions.find((option) => option.id === id);

function pick(text: { en: string; zh: string }, language: Language): string {
  return language === 'zh-CN' ? text.zh : text.en;
}

/** An option's label, or its id when this app does not know it (a newer app wrote it). */
function optionLabel(id: string, language: Language): string {
  const option = optionById(id);
  return option === undefined ? id : pick(option.label, language);
}

/** What the chosen options mean, and where that comes from. */
function optionBlocks(ids: readonly string[], { t, language }: Context): DocumentBlock[] {
  return ids.flatMap((id): DocumentBlock[] => {
    const option = optionById(id);
    if (option === undefined) return [];
    return [
      { kind: 'paragraph', text: t('document.designReview.optionMeaning', { option: pick(option.label, language), description: pick(option.description, language) }) },
      { kind: 'note', tone: 'source', text: pick(option.source, language) },
    ];
  });
}

function settingsTable(rows: [string, string][], t: DocumentTranslate): DocumentBlock {
  return { kind: 'table', header: [t('document.designReview.setting'), t('document.designReview.value')], rows };
}

/** Said first, so nobody signs Kube Planner's defaults for the team's decision. */
function unconfirmedBlocks(section: { confirmed: boolean }, t: DocumentTranslate): DocumentBlock[] {
  return section.confirmed ? [] : [{ kind: 'note', tone: 'warning', text: t('document.designReview.unconfirmed') }];
}

function notesBlocks(section: { notes: string }): DocumentBlock[] {
  const notes = section.notes.trim();
  return notes === '' ? [] : [{ kind: 'paragraph', text: notes }];
}

/** 90 → "90 min", 360 → "6 h": whole hours read as hours. */
export function formatMinutes(minutes: number, t: DocumentTranslate): string {
  return minutes > 0 && minutes % 60 === 0 ? t('document.designReview.hours', { count: minutes / 60 }) : t('document.designReview.minutes', { count: minutes });
}

const orNotWritten = (text: string, t: DocumentTranslate) => (text.trim() === '' ? t('document.notWritten') : text.trim());

export function ingressSectionToDocument(section: IngressPlanSection, context: Context): DocumentBlock[] {
  const { t, language } = context;
  const d = (key: string) => t(`document.ingress.${key}`);
  return [
    ...unconfirmedBlocks(section, t),
    settingsTable(
      [
        [d('api'), optionLabel(section.apiOptionId, language)],
        [d('controller'), orNotWritten(section.controller, t)],
        [d('tls'), d(`tlsOptions.${section.tls}`)],
      ],
      t,
    ),
    ...optionBlocks([section.apiOptionId], context),
    ...notesBlocks(section),
  ];
}

export function backupSectionToDocument(section: BackupPlanSection, context: Context): DocumentBlock[] {
  const { t, language } = context;
  const d = (key: string, params?: Record<string, unknown>) => t(`document.backup.${key}`, params);
  const duration = (minutes: number) => formatMinutes(minutes, t);
  const etcdOnly = section.toolOptionId === 'etcd-snapshots-only';
  return [
    ...unconfirmedBlocks(section, t),
    settingsTable(
      [
        [d('rpo'), duration(section.rpoMinutes)],
        [d('rto'), duration(section.rtoMinutes)],
        [d('etcdSnapshots'), d('every', { interval: duration(section.etcdSnapshotEveryMinutes), kept: section.etcdSnapshotsKept })],
        [d('tool'), optionLabel(section.toolOptionId, language)],
        ...(etcdOnly ? [] : [[d('workloadBackups'), d('everyInterval', { interval: duration(section.workloadBackupEveryMinutes) })] as [string, string]]),
        [d('offsite'), orNotWritten(section.offsiteLocation, t)],
        [d('restoreDrill'), d(`drills.${section.restoreDrill}`)],
      ],
      t,
    ),
    ...optionBlocks(etcdOnly ? [section.toolOptionId] : [section.toolOptionId, 'etcd-snapshots-only'], context),
    ...findBackupGaps(section).map(
      (gap): DocumentBlock => ({
        kind: 'note',
        tone: 'warning',
        text: d(`gaps.${gap}`, {
          rpo: duration(section.rpoMinutes),
          etcd: duration(section.etcdSnapshotEveryMinutes),
          workloads: duration(section.workloadBackupEveryMinutes),
        }),
      }),
    ),
    ...notesBlocks(section),
  ];
}

export function identitySectionToDocument(section: IdentityPlanSection, context: Context): DocumentBlock[] {
  const { t, language } = context;
  const d = (key: string) => t(`document.identity.${key}`);
  const oidc = section.providerOptionId === 'oidc';
  return [
    ...unconfirmedBlocks(section, t),
    settingsTable(
      [
        [d('provider'), optionLabel(section.providerOptionId, language)],
        ...(oidc
          ? ([
              [d('issuer'), orNotWritten(section.issuerUrl, t)],
              [d('usernameClaim'), section.usernameClaim],
              [d('groupsClaim'), section.groupsClaim],
            ] as [string, string][])
          : []),
        [d('rbacModel'), optionLabel(section.rbacModelOptionId, language)],
        [d('clusterAdmin'), orNotWritten(section.clusterAdminGroup, t)],
        [d('breakGlass'), orNotWritten(section.breakGlass, t)],
      ],
      t,
    ),
    ...optionBlocks([section.providerOptionId, section.rbacModelOptionId], context),
    ...notesBlocks(section),
  ];
}
