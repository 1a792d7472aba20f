import QRCode from 'qrcode';
import type { Logger } from 'pino';

/** Shows the login QR code in the terminal for a real puppet (the mock never asks for one). */
export async function showLoginQr(qrcode: string, logger: Logger): Promise<void> {
  try {
    process.stdout.write(`${await QRCode.toString(qrcode, { type: 'terminal', small: true })}\n请用微信扫码登录网格助手\n`);
  } catch (err) {
    logger.warn({ err }, 'cannot draw the QR code; open this link instead');
  }
  process.stdout.write(`https://wechaty.js.org/qrcode/${encodeURIComponent(qrcode)}\n`);
}
