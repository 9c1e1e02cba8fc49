/**
 * The date a generated file records as created and modified: the input's publication date (`publicationDate`,
 * midnight UTC), else $SOURCE_DATE_EPOCH (seconds, the reproducible-builds convention), else none — no file claims
 * a date nobody gave it. Either way the same input gives the same bytes.
 */
export function documentDate(publicationDate: string | undefined, env: Record<string, string | undefined> = process.env): Date | undefined {
  if (publicationDate && /^\d{4}-\d{2}-\d{2}$/.test(publicationDate)) return new Date(`${publicationDate}T00:00:00Z`);
  const epoch = env.SOURCE_DATE_EPOCH;
  if (epoch && /^\d{1,12}$/.test(epoch.trim())) return new Date(Number(epoch.trim()) * 1000);
  return undefined;
}
