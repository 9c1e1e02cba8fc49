import { randomUUID } from 'node:crypto';
import { rmSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Analyzed } from './jobs.js';
import type { Trace } from '../explain/index.js';

/** A session's files are removed this long after its last request. */
export const SESSION_IDLE_MS = 2 * 60 * 60 * 1000;
/** Most sessions kept at once: a client that drops its cookie opens a new one per request, so the oldest go first. */
export const MAX_SESSIONS = 500;

/** One uploaded input: kept on disk under its generated id; the officer's file name is only shown and passed to the readers. */
export interface Upload {
  id: string;
  fileName: string;
  size: number;
  profile?: string;
  analyzed?: Analyzed;
  trace?: Promise<Trace | undefined>;
}

/** One file the session can download, kept on disk under its generated id. */
export interface StoredFile {
  id: string;
  name: string;
  size: number;
}

/** A profile folder the officer uploaded as a zip, unpacked in the session folder; `key` is what the page sends. */
export interface UploadedProfile {
  key: string;
  name: string;
  dir: string;
}

/** One visitor (a browser with its cookie): a private folder, its uploads, profiles and generated files. */
export class Session {
  readonly uploads = new Map<string, Upload>();
  readonly files = new Map<string, StoredFile>();
  readonly profiles = new Map<string, UploadedProfile>();
  lastSeen = Date.now();

  constructor(
    readonly id: string,
    readonly dir: string,
  ) {}

  /** Stores bytes under a fresh id inside the session folder: the only way a file gets a path. */
  async store(bytes: Uint8Array): Promise<string> {
    const id = randomUUID();
    await writeFile(this.path(id), bytes);
    return id;
  }

  /** The bytes stored under an id this session created; undefined for any other string. */
  async read(id: string): Promise<Uint8Array | undefined> {
    if (!this.uploads.has(id) && !this.files.has(id)) return undefined;
    return readFile(this.path(id));
  }

  /** A path for a file the server itself names (init's output), inside the session folder. */
  path(id: string): string {
    return join(this.dir, id);
  }
}

/**
 * Every session under one temporary root (mkdtemp): each gets its own folder named by a random id; idle sessions
 * are removed, and the whole root on close and on exit (SIGINT/SIGTERM are handled by the server).
 */
export class Sessions {
  private readonly sessions = new Map<string, Session>();
  private readonly sweeper: NodeJS.Timeout;

  private constructor(
    readonly root: string,
    private readonly idleMs: number,
    private readonly maxSessions: number,
  ) {
    this.sweeper = setInterval(() => void this.sweep(), Math.min(idleMs, 60_000));
    this.sweeper.unref();
  }

  /** A fresh root under the system temp folder. */
  static async create(idleMs = SESSION_IDLE_MS, maxSessions = MAX_SESSIONS): Promise<Sessions> {
    return new Sessions(await mkdtemp(join(tmpdir(), 'yusuan-serve-')), idleMs, maxSessions);
  }

  /** The session of a cookie value, when it is one this server issued. */
  find(id: string | undefined): Session | undefined {
    const session = id ? this.sessions.get(id) : undefined;
    if (session) session.lastSeen = Date.now();
    return session;
  }

  /** A new session with its own folder. */
  async open(): Promise<Session> {
    while (this.sessions.size >= this.maxSessions) await this.drop(this.leastRecent());
    const id = randomUUID();
    const dir = join(this.root, id);
    await mkdir(dir);
    const session = new Session(id, dir);
    this.sessions.set(id, session);
    return session;
  }

  /** Removes sessions idle longer than the limit, with their files. */
  async sweep(now = Date.now()): Promise<void> {
    for (const session of [...this.sessions.values()]) if (now - session.lastSeen >= this.idleMs) await this.drop(session);
  }

  private leastRecent(): Session | undefined {
    let oldest: Session | undefined;
    for (const session of this.sessions.values()) if (!oldest || session.lastSeen < oldest.lastSeen) oldest = session;
    return oldest;
  }

  private async drop(session: Session | undefined): Promise<void> {
    if (!session) return;
    this.sessions.delete(session.id);
    await rm(session.dir, { recursive: true, force: true });
  }

  /** Removes every session's files and the root (synchronously, so it also runs on exit). */
  close(): void {
    clearInterval(this.sweeper);
    this.sessions.clear();
    rmSync(this.root, { recursive: true, force: true });
  }
}
