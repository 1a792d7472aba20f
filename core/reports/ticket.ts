/** Ticket numbers: GX + the Asia/Shanghai date + '-' + the county's daily sequence (4 digits, wider past 9,999). */
const DAY_FORMAT = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' });

export function shanghaiDay(date: Date): string {
  return DAY_FORMAT.format(date).replaceAll('-', '');
}

export function formatTicket(day: string, seq: number): string {
  return `GX${day}-${String(seq).padStart(4, '0')}`;
}

export const TICKET_PATTERN = /GX\d{8}-\d{4,}/;

/** The short form workers type in chat (「接单 0007」): the sequence part. */
export function shortTicket(ticket: string): string {
  return ticket.slice(ticket.indexOf('-') + 1);
}
