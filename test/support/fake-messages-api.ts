import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A local HTTP server that speaks enough of Anthropic's Messages API (POST /v1/messages)
 * for the SDK to talk to it through `baseURL`. Each test scripts the replies in order;
 * every request body is recorded so tests can check what left the machine.
 */
export type FakeReply =
  | { kind: 'tool_use'; name: string; input: unknown }
  | { kind: 'text'; text: string }
  | { kind: 'error'; status: number; type?: string; message?: string; headers?: Record<string, string> }
  | { kind: 'hang' };

export interface RecordedRequest {
  headers: IncomingMessage['headers'];
  body: {
    model: string;
    system?: unknown;
    messages: Array<{ role: string; content: unknown }>;
    tools?: unknown[];
    tool_choice?: unknown;
    [key: string]: unknown;
  };
}

export interface FakeMessagesApi {
  baseURL: string;
  requests: RecordedRequest[];
  /** Queue replies; when the queue is empty the server answers 500. */
  enqueue(...replies: FakeReply[]): void;
  close(): Promise<void>;
}

function messageBody(model: string, reply: Extract<FakeReply, { kind: 'tool_use' | 'text' }>) {
  const content =
    reply.kind === 'tool_use'
      ? [{ type: 'tool_use', id: `toolu_${Math.random().toString(36).slice(2)}`, name: reply.name, input: reply.input }]
      : [{ type: 'text', text: reply.text }];
  return {
    id: `msg_${Math.random().toString(36).slice(2)}`,
    type: 'message',
    role: 'assistant',
    model,
    content,
    stop_reason: reply.kind === 'tool_use' ? 'tool_use' : 'end_turn',
    stop_sequence: null,
    usage: { input_tokens: 100, output_tokens: 20, cache_creation_input_tokens: 0, cache_read_input_tokens: 0 },
  };
}

export async function startFakeMessagesApi(): Promise<FakeMessagesApi> {
  const queue: FakeReply[] = [];
  const requests: RecordedRequest[] = [];
  const hanging = new Set<ServerResponse>();

  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      if (req.method !== 'POST' || !req.url?.startsWith('/v1/messages')) {
        res.writeHead(404, { 'content-type': 'application/json' }).end('{"type":"error","error":{"type":"not_found_error","message":"not found"}}');
        return;
      }
      const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as RecordedRequest['body'];
      requests.push({ headers: req.headers, body });
      const reply = queue.shift() ?? { kind: 'error', status: 500, message: 'no scripted reply' };
      if (reply.kind === 'hang') {
        hanging.add(res);
        res.on('close', () => hanging.delete(res));
        return;
      }
      if (reply.kind === 'error') {
        res
          .writeHead(reply.status, { 'content-type': 'application/json', ...reply.headers })
          .end(JSON.stringify({ type: 'error', error: { type: reply.type ?? 'api_error', message: reply.message ?? 'error' } }));
        return;
      }
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(messageBody(body.model, reply)));
    });
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseURL: `http://127.0.0.1:${port}`,
    requests,
    enqueue: (...replies) => queue.push(...replies),
    close: () =>
      new Promise<void>((resolve) => {
        for (const res of hanging) res.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
