import { AppError } from '../errors/app-error.js';

/** A file that starts like an image but whose structure does not hold together. */
export function malformedImage(detail: string): AppError {
  return new AppError('BAD_INPUT', `malformed image: ${detail}`, { userMessage: '照片文件已损坏，请换一张。' });
}
