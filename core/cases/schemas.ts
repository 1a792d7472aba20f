import { z } from 'zod';
import { CATEGORY_CODES, SUBTYPE_CODES } from '../taxonomy/codes.js';
import { REPORT_STATUS_CODES } from '../workflow/states.js';

const MOBILE = /^1[3-9]\d{9}$/;
const Day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 YYYY-MM-DD');
const Id = z.coerce.number().int().positive();

/** 回访: the resident says whether it is really fixed; 「没解决」 needs a word on what is not. */
export const VisitAnswerSchema = z
  .object({ fixed: z.boolean(), comment: z.string().trim().max(500).optional() })
  .strict()
  .refine((v) => v.fixed || (v.comment ?? '') !== '', { message: '请说明哪里还没有解决', path: ['comment'] });
export type VisitAnswer = z.infer<typeof VisitAnswerSchema>;

export const SubtypeSchema = z.enum(SUBTYPE_CODES as [string, ...string[]]);

export const WechatLoginSchema = z.object({ code: z.string().trim().min(1).max(128) }).strict();
export const PasswordLoginSchema = z
  .object({ phone: z.string().regex(MOBILE, '手机号格式不对'), password: z.string().min(1).max(128) })
  .strict();
export const SetPasswordSchema = z.object({ password: z.string().min(8, '密码至少8位').max(128) }).strict();

const Areas = z.array(z.string().trim().min(1).max(60)).max(100);
const Boundary = z.object({ type: z.literal('Polygon'), coordinates: z.array(z.array(z.tuple([z.number(), z.number()])).min(4)).min(1) });
export const CreateGridSchema = z
  .object({
    code: z.string().trim().min(1).max(20),
    name: z.string().trim().min(1).max(60),
    townshipId: z.number().int().positive().optional(),
    areas: Areas.default([]),
    boundary: Boundary.nullable().optional(),
  })
  .strict();
export const UpdateGridSchema = z
  .object({ name: z.string().trim().min(1).max(60).optional(), areas: Areas.optional(), boundary: Boundary.nullable().optional() })
  .strict();
export const WorkerDutySchema = z.object({ onDuty: z.boolean() }).strict();
export const CreateHouseholdGroupSchema = z
  .object({ name: z.string().trim().min(1).max(60), gridId: z.number().int().positive(), leaderId: z.number().int().positive() })
  .strict();
export const HouseholdMemberSchema = z.object({ personId: z.number().int().positive() }).strict();

export const ExportFilterSchema = z.object({
  from: Day.optional(),
  to: Day.optional(),
  gridId: Id.optional(),
  category: z.enum(CATEGORY_CODES as [string, ...string[]]).optional(),
  status: z.enum(REPORT_STATUS_CODES as [string, ...string[]]).optional(),
});
export type ExportFilter = z.infer<typeof ExportFilterSchema>;
