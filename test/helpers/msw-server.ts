import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll } from 'vitest';

/**
 * An msw server for a test file: listens for the file's lifetime, fails on any unhandled request,
 * resets handlers after each test, and records every requested URL in `requested` (cleared after
 * each test).
 */
export function setupTestServer() {
  const server = setupServer();
  const requested: string[] = [];
  server.events.on('request:start', ({ request }) => requested.push(request.url));
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => {
    server.resetHandlers();
    requested.length = 0;
  });
  afterAll(() => server.close());
  return { server, requested };
}
