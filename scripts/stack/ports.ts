import { createServer } from 'node:net';

/** A port the stack wants, with the variable that moves it. */
export interface WantedPort {
  name: string;
  port: number;
  variable: string;
  host?: string;
}

/** Thrown when a port is taken; the message names the port and the variable that moves it. */
export class PortInUseError extends Error {
  constructor(wanted: WantedPort) {
    super(
      `port ${wanted.port} (${wanted.name}) is in use: stop what uses it, or set ${wanted.variable} to another port (e.g. ${wanted.variable}=${wanted.port + 10} npm start)`,
    );
    this.name = 'PortInUseError';
  }
}

export function isPortFree(port: number, host = '127.0.0.1'): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.listen(port, host, () => server.close(() => resolve(true)));
  });
}

/** Throws PortInUseError for the first wanted port that is taken. */
export async function assertPortsFree(ports: readonly WantedPort[]): Promise<void> {
  for (const wanted of ports) {
    if (!(await isPortFree(wanted.port, wanted.host))) throw new PortInUseError(wanted);
  }
}
