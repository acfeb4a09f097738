import { backupProblem, type Backup } from '../store/backup';
import { correctionProblem, targetProblem } from '../store/validate';
import type { NewCorrection } from '../store/corrections';

// Reading a backup file the reader chose: anything that is not a whole, well-formed Sourcelight
// backup is refused with a reason before the store is touched.

export type BackupRead = { ok: true; backup: Backup } | { ok: false; error: string };

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;
const isString = (value: unknown): value is string => typeof value === 'string' && value.length > 0;
const isTime = (value: unknown): boolean => typeof value === 'number' && Number.isFinite(value);

function articleProblem(article: unknown): boolean {
  return !isObject(article) || !isString(article.id) || !isString(article.key) || !isString(article.url) || !isTime(article.firstSeen);
}

function recordProblem(record: unknown, kind: 'items' | 'notes'): boolean {
  if (!isObject(record) || !isString(record.id) || !isString(record.articleId) || !isTime(record.created) || !isTime(record.updated)) return true;
  if (targetProblem(record.target) !== null) return true;
  if (kind === 'notes') return typeof record.body !== 'string' || !Array.isArray(record.tags);
  return (record.kind !== 'quote' && record.kind !== 'claim') || typeof record.text !== 'string';
}

function correctionRecordProblem(record: unknown): boolean {
  if (!isObject(record) || !isString(record.id) || !isString(record.pageKey) || !isString(record.url) || !isTime(record.created)) return true;
  if (record.undoneAt !== undefined && !isTime(record.undoneAt)) return true;
  return correctionProblem(record as unknown as NewCorrection) !== null;
}

/** Why `data` cannot be imported — the backup's own checks, then every record's shape — or null. */
export function backupFileProblem(data: unknown): string | null {
  const problem = backupProblem(data);
  if (problem) return problem;
  const backup = data as Backup;
  const bad = (what: string, index: number): string => `This backup is damaged: ${what} ${index + 1} is not a record Sourcelight can read. Nothing was imported.`;
  const article = backup.articles.findIndex(articleProblem);
  if (article >= 0) return bad('article', article);
  for (const kind of ['items', 'notes'] as const) {
    const index = backup[kind].findIndex((record) => recordProblem(record, kind));
    if (index >= 0) return bad(kind === 'items' ? 'kept item' : 'note', index);
  }
  const correction = (backup.corrections ?? []).findIndex(correctionRecordProblem);
  if (correction >= 0) return bad('correction', correction);
  return null;
}

export function readBackupFile(text: string): BackupRead {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { ok: false, error: 'This file is not a Sourcelight backup: it is not JSON, or it was cut short.' };
  }
  const problem = backupFileProblem(data);
  return problem ? { ok: false, error: problem } : { ok: true, backup: data as Backup };
}
