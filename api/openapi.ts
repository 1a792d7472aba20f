import { z } from 'zod';
import { SubmitReportSchema, RatingSchema, FollowupSchema } from '../core/reports/schemas.js';
import { PreviewSchema } from './routes/classify.js';
import {
  CreateGridSchema,
  CreateHouseholdGroupSchema,
  HouseholdMemberSchema,
  PasswordLoginSchema,
  SetPasswordSchema,
  UpdateGridSchema,
  VisitAnswerSchema,
  WechatLoginSchema,
  WorkerDutySchema,
} from '../core/cases/schemas.js';
import { AskSchema } from './routes/legal.js';
import { DeleteRequestSchema } from '../core/privacy/schemas.js';

type Op = { summary: string; body?: z.ZodType; auth?: boolean };

/** The API's description, with request bodies generated from the same zod schemas that validate them. */
const OPERATIONS: Record<string, Record<string, Op>> = {
  '/api/auth/demo-users': { get: { summary: '演示账号列表（非生产环境）', auth: false } },
  '/api/auth/dev-login': { post: { summary: '演示登录（非生产环境）', auth: false } },
  '/api/auth/wechat': { post: { summary: '小程序登录：wx.login 的 code 换 openid/unionid，关联到同一人（新用户建为居民）', body: WechatLoginSchema, auth: false } },
  '/api/auth/login': { post: { summary: '网格员与中心人员手机号+密码登录（连续输错5次锁定15分钟）', body: PasswordLoginSchema, auth: false } },
  '/api/me': { get: { summary: '当前登录人' } },
  '/api/reports': {
    post: { summary: '提交反映（可带 Idempotency-Key 头，同一键只生成一条）', body: SubmitReportSchema },
    get: { summary: '我的反映（scope=mine，默认）；联户长用 scope=group 看本联户本月的反映' },
  },
  '/api/reports/{ticket}': { get: { summary: '一条反映及其时间线' } },
  '/api/reports/{ticket}/actions': {
    post: {
      summary:
        '流程操作（接单、处理中、办结、上报、转办、退回、撤回、重新办理、关闭…；改类改派 recategorize {subtype, gridId?}；合并 merge {originalTicket}；取消合并 unmerge；改派 reassign {assigneeId}）',
    },
  },
  '/api/reports/{ticket}/visit': { post: { summary: '回访答复：{fixed: true} 确认解决；{fixed: false, comment} 重新办理', body: VisitAnswerSchema } },
  '/api/reports/{ticket}/followups': { post: { summary: '补充情况', body: FollowupSchema } },
  '/api/reports/{ticket}/rating': { post: { summary: '评价（1–5星）', body: RatingSchema } },
  '/api/tasks': { get: { summary: '网格员的任务' } },
  '/api/triage': { get: { summary: '待分拣与上报的反映（中心）' } },
  '/api/grids': { get: { summary: '网格与乡镇' } },
  '/api/stats': { get: { summary: '中心统计（from、to：YYYY-MM-DD）' } },
  '/api/classify/preview': { post: { summary: '输入时的类型提示', body: PreviewSchema } },
  '/api/admin/grids': { get: { summary: '管理：网格、片区与网格员（本乡镇；县级全部）' }, post: { summary: '新建网格', body: CreateGridSchema } },
  '/api/admin/grids/{id}': { patch: { summary: '修改网格名称、片区、边界', body: UpdateGridSchema } },
  '/api/admin/workers/{id}/duty': { put: { summary: '网格员在岗/休假；休假时其未办结任务改派给本网格负担最轻的在岗网格员', body: WorkerDutySchema } },
  '/api/admin/people/{id}/password': { put: { summary: '设置或重置登录密码（并解除锁定）', body: SetPasswordSchema } },
  '/api/admin/household-groups': { get: { summary: '十联户及联户长' }, post: { summary: '新建十联户', body: CreateHouseholdGroupSchema } },
  '/api/admin/household-groups/{id}/members': { post: { summary: '加入联户', body: HouseholdMemberSchema } },
  '/api/admin/household-groups/{id}/members/{personId}': { delete: { summary: '移出联户' } },
  '/api/privacy': { get: { summary: '隐私说明：首次使用时显示的一句话和各部分说明', auth: false } },
  '/api/me/delete': { post: { summary: '删除我的信息：在办反映先撤回，所有反映匿名化，账号注销后无法登录', body: DeleteRequestSchema } },
  '/api/admin/audit': { get: { summary: '审计日志：谁查看、修改、导出、删除、匿名化了哪条反映（reportTicket、personId、limit；本乡镇；县级全部）' } },
  '/api/export.csv': { get: { summary: '导出反映 CSV（from、to、gridId、category、status；电话脱敏；UTF-8 BOM）' } },
  '/api/uploads': { post: { summary: '上传照片：multipart 字段 file，JPEG/PNG/WebP（按文件内容判断），≤8 MB，去除 EXIF/GPS → {id, url}；id 用于反映的 photoIds 或办结操作' } },
  '/api/photos/{id}': { get: { summary: '照片（带签名的 url 无需登录；否则须能查看其反映）' } },
  '/api/legal/ask': { post: { summary: '法律小助手问答', body: AskSchema } },
  '/healthz': { get: { summary: '健康检查：数据库、Redis、各队列的工作进程（异常时 503）', auth: false } },
  '/metrics': { get: { summary: 'Prometheus 指标：队列深度、各环节耗时、超期数、分类来源', auth: false } },
  '/open311/v2/services.json': { get: { summary: 'Open311 GeoReport v2：服务（与地点相关的事件类型）', auth: false } },
  '/open311/v2/requests.json': { get: { summary: 'Open311：公开字段的反映列表（不含个人信息）', auth: false } },
  '/open311/v2/requests/{id}.json': { get: { summary: 'Open311：一条反映的公开字段', auth: false } },
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
