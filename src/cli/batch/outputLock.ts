// `<out>.lock`: one batch process writes an output at a time. A lock left by a killed process is
// taken over: on this host when its pid is gone, from another host (shared disks, a requeued
// Slurm job) when it has not been refreshed for a minute.
import { readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { InputError } from '../../engine/problem';

export const LOCK_STALE_MS = 60_000;
const REFRESH_MS = 10_000;

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
  try {
    // A zombie (killed, not yet reaped) holds its pid but writes nothing any more.
    return readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.[0] !== 'Z';
  } catch {
    return true;
  }
}

export class OutputLock {
  private timer: ReturnType<typeof setInterval> | undefined;

  private constructor(readonly path: string) {}

  static acquire(out: string): OutputLock {
    const path = `${out}.lock`;
    const me = `${hostname()} ${process.pid}\n`;
    for (let attempt = 0; attempt < 2; attempt++) {
      try {
        writeFileSync(path, me, { flag: 'wx' });
        const lock = new OutputLock(path);
        lock.timer = setInterval(() => {
          try {
            const t = new Date();
            utimesSync(path, t, t);
          } catch {
            // the lock file was removed by hand; nothing to refresh
          }
        }, REFRESH_MS);
        lock.timer.unref();
        return lock;
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      }
      let holder = '';
      let age = 0;
      try {
        holder = readFileSync(path, 'utf8').trim();
        age = Date.now() - statSync(path).mtimeMs;
      } catch {
        continue;
      }
      const [host, pidText] = holder.split(' ');
      const pid = Number(pidText);
      const stale = host === hostname() ? !(Number.isInteger(pid) && pid > 0 && alive(pid)) : age > LOCK_STALE_MS;
      if (!stale) {
        throw new InputError([{ path: '', message: `${out}: another murmur batch is writing it (pid ${pidText} on ${host}); if none is, delete ${path}` }]);
      }
      rmSync(path, { force: true });
    }
    throw new InputError([{ path: '', message: `${out}: could not take ${path}` }]);
  }

  release(): void {
    if (this.timer) clearInterval(this.timer);
    rmSync(this.path, { force: true });
  }
}
