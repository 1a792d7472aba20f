import { z } from 'zod';

const MOBILE = /^1[3-9]\d{9}$/;

export const GeoPointSchema = z.object({
  lat: z.number().finite().min(-90).max(90),
  lng: z.number().finite().min(-180).max(180),
});

/** Ids from POST /api/uploads; at most six photos per report or resolution. */
export const PhotoIdsSchema = z.array(z.string().regex(/^[a-f0-9-]{8,64}$/)).max(6, '最多附 6 张照片');

/** A report as a resident (or a 联户长 for a neighbour) submits it, from any channel. */
export const SubmitReportSchema = z.object({
  text: z.string().trim().min(2, '请描述一下遇到的问题').max(2000, '内容太长了，请控制在2000字以内'),
  address: z.string().trim().min(1).max(200).optional(),
  location: GeoPointSchema.optional(),
  anonymous: z.boolean().optional(),
  onBehalfOf: z
    .object({
      name: z.string().trim().min(1).max(40),
      address: z.string().trim().max(200).optional(),
      phone: z.string().regex(MOBILE, '手机号格式不对').optional(),
    })
    .strict()
    .optional(),
  photoIds: PhotoIdsSchema.optional(),
}).strict();
export type SubmitReportInput = z.infer<typeof SubmitReportSchema>;

export const RatingSchema = z
  .object({
    stars: z.number().int().min(1).max(5),
    comment: z.string().trim().max(500).optional(),
  })
  .strict();
export type RatingInput = z.infer<typeof RatingSchema>;

export const FollowupSchema = z.object({ text: z.string().trim().min(1).max(2000) }).strict();
