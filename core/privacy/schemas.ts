import { z } from 'zod';
import { TICKET_PATTERN } from '../reports/ticket.js';

/** GET /api/admin/audit: by report, by the person who acted, or the latest of everything in scope. */
export const AuditQuerySchema = z
  .object({
    reportTicket: z.string().regex(new RegExp(`^${TICKET_PATTERN.source}$`), '编号格式应为 GX20261122-0007').optional(),
    personId: z.coerce.number().int().positive().optional(),
    limit: z.coerce.number().int().min(1).max(500).default(100),
  })
  .strict();
export type AuditQuery = z.infer<typeof AuditQuerySchema>;

/** A deletion cannot be undone, so the request has to say so explicitly. */
export const DeleteRequestSchema = z.object({ confirm: z.literal(true, { error: '请确认删除（confirm: true）' }) }).strict();
