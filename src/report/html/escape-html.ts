// Every text that comes from a user's file (unit names, titles, band labels, file names) goes
// through here before it is put in the HTML report, so no file can inject markup.
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export const escapeHtml = (s: string): string => s.replace(/[&<>"']/g, (ch) => ENTITIES[ch] ?? ch);
