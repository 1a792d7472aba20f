import type { Role } from '../people/roles.js';
import { PRIVACY_NOTICE, privacyDetails } from '../privacy/notice.js';

/**
 * Every sentence the bot says of its own, in one place: edit the wording here. Status texts the
 * workflow sends live in core/workflow/messages.ts; safety replies in core/understanding/rules.
 * Placeholders in {braces} are filled by `fillTemplate` (core/workflow/messages.ts).
 */
export const REPLIES = {
  privacyNotice: PRIVACY_NOTICE,
  privacyDetails: privacyDetails(),
  confirmDelete: '确定要删除您的个人信息吗？在办的反映会先撤回，账号注销后无法恢复。确认请回复「确认删除」，回复其他内容则取消。',
  deleteCancelled: '好的，已取消，您的信息没有删除。',
  deleteNotForStaff: '工作人员账号请联系综治中心办理注销，以便先交接在办任务。',
  askCommunity: '请问您住在哪个小区/村、几栋？（以前登记过的，回复登记的手机号即可找回）',
  communitySaved: '好的，已记下您住在{address}。',
  relinked: '{name}，欢迎回来，已为您找回账号。',
  relinkRefused: '这个号码已登记给其他人，无法在这里找回。请联系网格员或综治中心核实身份。',
  askPlace: '请问是在哪个小区/村、几栋几单元？',
  reportReceived: '已收到您反映的问题：{type}，地点：{place}，紧急程度：{urgency}。\n编号 {ticket}，网格员会尽快联系您处理。',
  reportReceivedOnBehalf: '已帮{name}登记：{type}，地点：{place}，紧急程度：{urgency}。\n编号 {ticket}，进展会告诉您。',
  reportRepeated: '这条反映已经登记过了，编号 {ticket}。',
  emergencyFollowUp: '已同时通知网格员和综治中心（编号 {ticket}）。请先确保自身安全。',
  placeUnknown: '未说明',
  typePending: '待确认类别',
  legalOfferDeclined: '好的，有需要随时找我。',
  noOpenReports: '您目前没有在办的反映。有问题直接发给我就行。',
  pickReport: '您有 {count} 条在办的反映：\n{list}\n回复序号查看详情。',
  reportStatus: '{ticket}（{type}）：{status}。\n最新进展：{latest}',
  followupAdded: '已把您补充的情况转给网格员（{ticket}）。',
  withdrawn: '好的，已撤回您的反映（{ticket}）。如有需要可随时再次反映。',
  nothingToRate: '目前没有等待您评价的反映。',
  askStars: '好的，请给这次处理打个分：回复 1–5 星（5 星最满意）。',
  rated: '感谢您的评价（{stars} 星），{ticket} 已办结归档。',
  askReopenReason: '很抱歉没让您满意。请说说哪里还没解决？我们会重新办理。',
  reopened: '已重新办理（{ticket}），网格员会再次跟进。',
  fileAttached: '已把{what}附到您的反映 {ticket}。',
  fileAttachedForWorker: '已把照片附到 {ticket} 的办理记录。',
  fileWithoutReport: '收到了。请先用文字说说遇到的问题，我会登记后再附上{what}。',
  askProblemAt: '收到位置：{place}。请说一说这里发生了什么？',
  sharedPlace: '您发来的位置',
  unsupportedMessage: '这类消息（视频、文件、合并转发的聊天记录、链接等）我暂时看不了。请直接打字说说发生了什么、在哪里，转发的内容可以复制文字发过来；照片、语音和位置可以直接发给我。',
  voiceNote: '语音，待网格员收听',
  chitchat: '您好！有什么需要帮忙的，直接告诉我就行。',
  groupListEmpty: '本月您联系的住户还没有反映。',
  groupList: '本月联户反映 {count} 条：\n{list}',
  taskListEmpty: '您目前没有待办任务。',
  taskList: '您有 {count} 条待办任务：\n{list}',
  taskActionDone: '{ticket} 已{action}。',
  ticketAmbiguous: '有几条任务编号都以 {short} 结尾：\n{list}\n请回复完整编号，例如「{example}」。',
  ticketNeedsFull: '请写完整编号，例如「接单 GX20261122-0007」。',
  notWorker: '这是网格员使用的命令。',
  unavailable: '系统暂时繁忙，请稍后再发一次。',
  spooled: '已收到您的消息。系统正在恢复，恢复后会自动为您登记并回复，不用重发。',
} as const;

/** 「帮助」: what each role can do, shown in role order (a grid leader who is also a worker sees both). */
export const HELP_BY_ROLE: Record<Role, string> = {
  resident: [
    '您可以：',
    '· 直接说遇到的问题，如「楼道里堆满杂物堵住了通道」，我会登记并告诉您编号',
    '· 问法律问题，如「楼上漏水不赔怎么办」',
    '· 发「进度」或编号查进展；发照片或语音补充情况',
    '· 发「不用处理了」撤回；办结后回复「满意」「不满意」或 1–5 星评价',
    '· 发「隐私说明」了解个人信息如何使用，发「删除我的信息」删除',
  ].join('\n'),
  household_leader: [
    '联户长还可以：',
    '· 「帮3楼王阿姨反映……」或转发邻居的话，替住户登记',
    '· 发「本月」查看联户本月的反映',
  ].join('\n'),
  grid_worker: [
    '网格员命令：',
    '· 接单 0007',
    '· 处理中 0007 已联系物业',
    '· 办结 0007 已清理通道（可再发一张照片）',
    '· 上报 0007 原因　· 转办 0007 消防　· 退回 0007 原因',
    '· 我的任务',
  ].join('\n'),
  grid_leader: '网格长：「我的任务」还会列出本网格未接的任务。',
  centre_staff: '综治中心：可用完整编号使用网格员命令（如「转办 GX20261122-0007 消防」），发编号查看进展。',
  county_staff: '县综治中心：发编号查看进展，用完整编号转办或办结。',
};

/** How to write each worker command, shown when one is malformed. */
export const COMMAND_USAGE = {
  accept: '接单 0007',
  start: '处理中 0007 已联系物业',
  resolve: '办结 0007 已清理通道',
  escalate: '上报 0007 原因',
  transfer: '转办 0007 消防',
  return: '退回 0007 原因',
} as const;

export function commandHelp(example: string): string {
  return `没看懂这条命令。格式是「${example}」。发「帮助」查看全部命令。`;
}

export function helpFor(roles: readonly Role[]): string {
  const own = (Object.keys(HELP_BY_ROLE) as Role[]).filter((r) => roles.includes(r) || (r === 'resident' && roles.length === 0));
  return own.map((r) => HELP_BY_ROLE[r]).join('\n\n');
}
