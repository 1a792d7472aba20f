import type { Logger } from 'pino';

interface QrRenderer {
  toString(text: string, options: { type: 'terminal'; small: boolean }): Promise<string>;
}

/**
 * Shows the login QR code in the terminal for a real puppet. `qrcode` comes with wechaty's
 * file-box; it is loaded only when a QR code is needed, so tests and the mock never load it.
 */
export async function showLoginQr(qrcode: string, logger: Logger): Promise<void> {
  const moduleName = 'qrcode';
  try {
    const renderer = ((await import(moduleName)) as { default: QrRenderer }).default;
    process.stdout.write(`${await renderer.toString(qrcode, { type: 'terminal', small: true })}\n请用微信扫码登录网格助手\n`);
  } catch (err) {
    logger.warn({ err }, 'cannot draw the QR code; open this link instead');
  }
  process.stdout.write(`https://wechaty.js.org/qrcode/${encodeURIComponent(qrcode)}\n`);
}
