import { availableParallelism } from 'node:os';
import type { AddressInfo } from 'node:net';
import { serve, type ServerType } from '@hono/node-server';
import { DEFAULT_LIMITS, type InputLimits } from '../input/limits.js';
import { whileRunning } from '../render/interrupt.js';
import { createApp } from './app.js';
import { allowedHosts } from './guard.js';
import { WorkerPool } from './pool.js';
import { Sessions, SESSION_IDLE_MS } from './sessions.js';

export interface ServeOptions {
  /** 0 picks a free port. */
  port: number;
  /** Bind address; 127.0.0.1 unless the officer asks otherwise. */
  host?: string;
  /** Largest upload per file, bytes (YUSUAN_SERVE_MAX_UPLOAD, MB, in the CLI). */
  maxUpload?: number;
  maxFiles?: number;
  limits?: InputLimits;
  /** Worker threads generating documents; a few, never more than the cores. */
  workers?: number;
  sessionIdleMs?: number;
  /** Where internal errors are logged with their details (the CLI's stderr). */
  log?: (text: string) => void;
}

/** A running server: its address, and how to stop it (workers stopped, every session's files removed). */
export interface RunningServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

/** Default worker threads: one per core, at most 4, at least 1. */
export function defaultWorkers(): number {
  return Math.max(1, Math.min(4, availableParallelism()));
}

/** Starts the server: a worker pool, a temp root for the sessions, and the page and API on host:port. */
export async function startServer(options: ServeOptions): Promise<RunningServer> {
  const host = options.host ?? '127.0.0.1';
  const limits = options.limits ?? DEFAULT_LIMITS;
  const sessions = await Sessions.create(options.sessionIdleMs ?? SESSION_IDLE_MS);
  // Ctrl+C, SIGTERM or any exit: the uploaded and generated files go with the server (bin/yusuan.ts runs these).
  const release = whileRunning(() => sessions.close());
  const pool = new WorkerPool(options.workers ?? defaultWorkers(), { profileRoot: sessions.root });
  let port = options.port;
  const app = createApp({
    pool,
    sessions,
    limits,
    maxUpload: Math.min(options.maxUpload ?? limits.maxFileBytes, limits.maxFileBytes),
    maxFiles: options.maxFiles ?? 20,
    hosts: () => allowedHosts(host, port),
    pdf: await hasLibreOffice(),
    ...(options.log ? { log: options.log } : {}),
  });
  let server: ServerType;
  try {
    server = await new Promise<ServerType>((resolve, reject) => {
      const s = serve({ fetch: app.fetch, port: options.port, hostname: host }, () => resolve(s));
      s.once('error', reject);
    });
  } catch (error) {
    await pool.close();
    sessions.close();
    release();
    throw error;
  }
  port = (server.address() as AddressInfo).port;
  const shown = host.includes(':') ? `[${host}]` : host;
  return {
    url: `http://${shown}:${port}/`,
    port,
    async close() {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        if ('closeAllConnections' in server) server.closeAllConnections();
      });
      await pool.close();
      sessions.close();
      release();
    },
  };
}

/** Whether the PDF writer will find LibreOffice (the same search: $YUSUAN_SOFFICE, PATH, the usual folders). */
async function hasLibreOffice(): Promise<boolean> {
  const { findSoffice } = await import('../render/pdf.js');
  return findSoffice().then(
    () => true,
    () => false,
  );
}
