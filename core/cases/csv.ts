/** Byte order mark: Excel opens UTF-8 CSV as Chinese text only with it. */
const BOM = '\uFEFF';

/**
 * RFC 4180 CSV with CRLF rows. Fields with quotes, commas or line breaks are quoted; a field that
 * starts like a formula (= + - @) gets a leading apostrophe so a spreadsheet shows it as text.
 */
export function toCsv(rows: ReadonlyArray<ReadonlyArray<string | number | boolean | null>>): string {
  return BOM + rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

function csvField(value: string | number | boolean | null): string {
  if (value === null) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}
