/**
 * The privacy notice, in one place for every channel: the bot says the short line at first
 * contact, the mini-program shows it at first login, and GET /api/privacy serves both with the
 * sections behind 「隐私说明」.
 */
export const PRIVACY_NOTICE =
  '您好，我是网格助手。您发来的内容只用于处理您反映的事项，电话号码等个人信息不会公开；发「隐私说明」了解详情，发「删除我的信息」可删除您的个人信息。';

export const PRIVACY_SECTIONS = [
  {
    title: '我们收集什么',
    text: '您反映的文字、照片、位置和地址，您的称呼和电话（如您提供），以及办理过程记录。',
  },
  {
    title: '用来做什么',
    text: '只用于登记、分派和办理您反映的事项，以及不含个人信息的统计。网格员、综治中心按职责查看；其他人看到的电话和身份证号都会打码。',
  },
  {
    title: '谁看过',
    text: '每一次查看、修改和导出都有记录，综治中心可以核查。',
  },
  {
    title: '保存多久',
    text: '反映办结满一定期限（默认一年）后，其中的姓名、电话、身份证号、门牌和照片会被自动删除，只保留类型、网格、时间和结果用于统计。',
  },
  {
    title: '删除我的信息',
    text: '随时可以申请删除：小程序「我的」页面点「删除我的信息」，或给网格助手发「删除我的信息」。在办的反映会先撤回，账号注销后无法再登录。',
  },
] as const;

export function privacyDetails(): string {
  return PRIVACY_SECTIONS.map((s) => `【${s.title}】${s.text}`).join('\n');
}
