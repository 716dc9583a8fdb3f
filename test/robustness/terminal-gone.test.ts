// The terminal goes away under the explorer (its window closed, ssh cut): the pty's other
// side closes, writes to it fail with EIO and the kernel sends SIGHUP. Node 20's own exit
// then aborts restoring the gone terminal (nodejs/node#51519), so the explorer dies of
// the hangup instead (exit-guards.ts): killed by SIGHUP, as a shell expects, never by
// SIGABRT or SIGSEGV. Python's pty forks the pseudo-terminal and closes it.
import {spawnSync} from 'node:child_process';
import {describe, expect, it} from 'vitest';
import {CLI} from '../helpers/run-cli.js';

const HANG_UP = `
import os, pty, select, sys, time
pid, fd = pty.fork()
if pid == 0:
    os.execv(sys.argv[1], sys.argv[1:])
seen = b''
deadline = time.time() + 20
while time.time() < deadline and '件'.encode() not in seen:
    if select.select([fd], [], [], 0.2)[0]:
        try:
            seen += os.read(fd, 65536)
        except OSError:
            break
time.sleep(0.3)
os.close(fd)
_, status = os.waitpid(pid, 0)
print('drawn' if '件'.encode() in seen else 'not drawn')
print(('signal %d' % os.WTERMSIG(status)) if os.WIFSIGNALED(status) else ('status %d' % os.WEXITSTATUS(status)))
`;

describe('the terminal gone', () => {
	it('closed under the explorer: it dies of the hangup (signal 1), five times of five', () => {
		const {CI: _ci, ...env} = process.env;
		for (let run = 0; run < 5; run++) {
			const out = spawnSync('python3', ['-c', HANG_UP, CLI], {
				encoding: 'utf8',
				env: {...env, SHURO_CACHE_DIR: ''},
				timeout: 60_000,
			});
			expect(out.stdout.trim().split('\n')).toEqual(['drawn', 'signal 1']);
		}
	});
});
