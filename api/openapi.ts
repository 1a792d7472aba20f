import { z } from 'zod';
import { SubmitReportSchema, RatingSchema, FollowupSchema } from '../core/reports/schemas.js';
import { PreviewSchema } from './routes/classify.js';

type Op = { summary: string; body?: z.ZodType; auth?: boolean };

/** The API's description, with request bodies generated from the same zod schemas that validate them. */
const OPERATIONS: Record<string, Record<string, Op>> = {
  '/api/auth/demo-users': { get: { summary: '演示账号列表（非生产环境）', auth: false } },
  '/api/auth/dev-login': { post: { summary: '演示登录（非生产环境）', auth: false } },
  '/api/me': { get: { summary: '当前登录人' } },
  '/api/reports': {
    post: { summary: '提交反映（可带 Idempotency-Key 头，同一键只生成一条）', body: SubmitReportSchema },
    get: { summary: '我的反映' },
  },
  '/api/reports/{ticket}': { get: { summary: '一条反映及其时间线' } },
  '/api/reports/{ticket}/actions': { post: { summary: '流程操作（接单、处理中、办结、上报、转办、退回、撤回、重新办理、关闭…）' } },
  '/api/reports/{ticket}/followups': { post: { summary: '补充情况', body: FollowupSchema } },
  '/api/reports/{ticket}/rating': { post: { summary: '评价（1–5星）', body: RatingSchema } },
  '/api/tasks': { get: { summary: '网格员的任务' } },
  '/api/triage': { get: { summary: '待分拣与上报的反映（中心）' } },
  '/api/grids': { get: { summary: '网格与乡镇' } },
  '/api/stats': { get: { summary: '中心统计（from、to：YYYY-MM-DD）' } },
  '/api/classify/preview': { post: { summary: '输入时的类型提示', body: PreviewSchema } },
};

export function openApiDocument() {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const [path, ops] of Object.entries(OPERATIONS)) {
    paths[path] = {};
    for (const [method, op] of Object.entries(ops)) {
      paths[path]![method] = {
        summary: op.summary,
        ...(op.auth === false ? { security: [] } : {}),
        ...(op.body ? { requestBody: { required: true, content: { 'application/json': { schema: z.toJSONSchema(op.body) } } } } : {}),
        responses: {
          '200': { description: 'OK' },
          '4XX': { description: '错误：{ error: { code, message } }', content: { 'application/json': { schema: ERROR_SCHEMA } } },
        },
      };
    }
  }
  return {
    openapi: '3.1.0',
    info: { title: 'gridmate 网格助手 API', version: '0.1.0' },
    components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } } },
    security: [{ bearer: [] }],
    paths,
  };
}

const ERROR_SCHEMA = {
  type: 'object',
  properties: { error: { type: 'object', properties: { code: { type: 'string' }, message: { type: 'string' } }, required: ['code', 'message'] } },
};
