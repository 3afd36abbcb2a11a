/** Calendar arithmetic on plain year/month/day triples (UTC, proleptic Gregorian). */
export interface Ymd {
  y: number;
  m: number;
  d: number;
}

export const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

export function parseIso(iso: string | null): Ymd | null {
  if (!iso) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return m ? { y: +m[1], m: +m[2], d: +m[3] } : null;
}

export function fmtDay(d: Ymd): string {
  return `${pad(d.y, 4)}-${pad(d.m)}-${pad(d.d)}`;
}

export function fmtMonth(y: number, m: number): string {
  const t = y * 12 + (m - 1);
  return `${pad(Math.floor(t / 12), 4)}-${pad((t % 12) + 1)}`;
}

export function addDays(a: Ymd, n: number): Ymd {
  const t = new Date(Date.UTC(a.y, a.m - 1, a.d + n));
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

export function dayNumber(a: Ymd): number {
  return Math.round(Date.UTC(a.y, a.m - 1, a.d) / 86400000);
}

/** ISO weekday, Monday = 1 … Sunday = 7. */
export function weekday(a: Ymd): number {
  const w = new Date(Date.UTC(a.y, a.m - 1, a.d)).getUTCDay();
  return w === 0 ? 7 : w;
}

export function isoWeek(d: Ymd): string {
  const t = new Date(Date.UTC(d.y, d.m - 1, d.d));
  const day = t.getUTCDay() || 7;
  t.setUTCDate(t.getUTCDate() + 4 - day);
  const y = t.getUTCFullYear();
  const w = Math.ceil(((t.getTime() - Date.UTC(y, 0, 1)) / 86400000 + 1) / 7);
  return `${pad(y, 4)}-W${pad(w)}`;
}

export function validDay(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

export function quarterOf(m: number): number {
  return Math.floor((m - 1) / 3) + 1;
}
