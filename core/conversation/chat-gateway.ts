/**
 * The outbound half of a chat channel (WeChat via wechaty, or a test double): the conversation
 * and the delivery port only ever talk to chats through this.
 */
export interface ChatGateway {
  sendText(chatId: string, text: string): Promise<void>;
}
