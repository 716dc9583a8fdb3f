// The bin's first lines (build.mjs writes dist/cli.js from them; the tests read them too):
// how node runs shuro, and the launcher that chooses node's command line (issue 17).
// How node runs the bin (`npm start`, `npx shuro`, the benchmark and the end-to-end tests
// all go through this line). V8 lets its young generation grow to two 16 MB semi-spaces;
// what shuro allocates is either the long-lived model (promoted anyway) or a frame's
// short-lived garbage, so small semi-spaces keep ~6 MB (seeds) to ~30 MB (25,000
// programs) out of resident memory. 2 MB rather than 1: parsing on the UI thread
// scavenged twice as often at 1 MB (210 against 106), and the 25,000-program load took
// ~50 ms longer (median of 8 alternating runs: 744 → 695 ms; 4 MB: 675 ms but ~8 MB
// more resident). Node flags cannot be set at run time for this: V8 sizes the heap when
// the process starts. `--expose-gc` lets the explorer collect once, when loading is over
// (source/memory.ts).
// Two more for peak memory with the seeds (issue 17, bench/RESULTS.md):
// - `--liftoff-only`: yoga's WebAssembly stays in Liftoff, V8's baseline tier. Ink lays
//   out a handful of nodes a frame (ui/screen-view.tsx), yet that made yoga's largest
//   function hot enough to be recompiled by TurboFan on a helper thread, a few keys into
//   the first query, and that compilation alone took ~7–8 MB of malloc'd memory for a
//   few milliseconds: the peak RSS of a session went from ~71 to ~79 MB there.
// - MALLOC_TRIM_THRESHOLD_=131072, glibc's own default, set so that it stays fixed:
//   glibc otherwise raises its trim and mmap thresholds each time a large block is freed
//   (up to 64 MB), after which each thread's arena keeps what it frees: ~4 MB more
//   resident with the seeds. Its cost: at 25,000 programs a search's large arrays come
//   back as fresh pages, 2–8× the page faults while typing (~0.1–0.4 ms a key), within
//   the noise of keystroke p95. With both, a session of 25,000 programs peaked ~8 MB lower.
// One for typing after a pause (issue 17): `--no-flush-bytecode`. V8 drops the bytecode of
// functions not run across a few full collections, and the collections an idle explorer
// makes (memory reduction) did so to the search's and the frame's: the first keys after
// 10 s idle at 25,000 programs took 33–48 ms, recompiling (keystroke p95 over 160 keys
// 19.4 → 15.0 ms, the first key 28–29 ms; peak RSS unchanged: seeds 66.4–66.6 MB against
// 66.1–67.5, 25,000 programs 115–120 MB against 116–118; bench/RESULTS.md).
// Tried and not here: MALLOC_ARENA_MAX=2 kept ~2–3 MB of peak RSS out with the seeds and
// ~4 MB at 25,000 programs, but loaded the 25,000 programs 6–11% slower (medians of 10
// alternating loads at load average 5–7), as the UI thread and the link worker then share
// malloc's arenas; `--v8-pool-size=1` saved ~1 MB more and loaded ~15% slower; and
// `--no-wasm-tier-up` left yoga's recompilation (and its ~8 MB) where it was.
// A variable on this line is exported by the launcher (below); what reads the flags from
// here (bench/run.mjs) takes the NAME=value words as the environment, the rest as flags.
export const SHEBANG =
	'#!/usr/bin/env -S MALLOC_TRIM_THRESHOLD_=131072 node --max-semi-space-size=2 --expose-gc --liftoff-only --no-flush-bytecode';
// The bin is a shell script that node can read too (issue 17: a startup snapshot needs
// `--snapshot-blob` on node's command line, chosen before node starts), so SHEBANG is not
// its first line: the launcher runs node with the variables and flags that SHEBANG names.
export const [binEnv, binFlags] = (() => {
	const words = SHEBANG.replace(/^#!\/usr\/bin\/env -S /, '').split(/\s+/);
	const at = words.indexOf('node');
	if (at < 0 || words.some((w) => /['"\\$`]/.test(w)))
		throw new Error(`launcher.mjs: SHEBANG must be "#!/usr/bin/env -S [NAME=V …] node [--flag …]"`);
	return [words.slice(0, at), words.slice(at + 1)];
})();

/**
 * The bin's first line when built on Windows: node and its flags, without SHEBANG's
 * variables. The one there is glibc's, and cmd-shim's shim for Git Bash writes a
 * variable after `exec`, which no shell runs (`exec: MALLOC_TRIM_THRESHOLD_=131072: not
 * found`). `-S`, which cmd-shim reads past, lets a Unix kernel's env run it too (a
 * package packed on Windows, installed elsewhere: no snapshot, but it starts).
 */
export const WINDOWS_SHEBANG = `#!/usr/bin/env -S node ${binFlags.join(' ')}`;

/**
 * The first lines of dist/cli.js (issue 17): a shell script that node reads as the
 * expression `true` and a comment, so `node dist/cli.js` runs the loader as before, and
 * running the file runs this. It chooses node's command line: with the startup snapshot
 * when one fits (source/start/snapshot.ts says what "fits" is), else exactly the plain
 * start, on the code cache; and, as SHURO_SNAPSHOT_MAKE=mode, it makes that snapshot. Only
 * shell built-ins on the way to node (test, read, echo, exec), so it costs ~1 ms.
 * Built on Windows, the file's first line is WINDOWS_SHEBANG instead of `#!/bin/sh`:
 * npm's Windows shims (cmd-shim) read that line and run node with its flags, where a
 * `#!/bin/sh` bin would not start at all. Node reads the rest as on Unix, and such a
 * start uses no snapshot (the plain start, on the code cache).
 */
export function launcher(build, platform = process.platform) {
	const flags = binFlags.join(' ');
	return `${platform === 'win32' ? WINDOWS_SHEBANG : '#!/bin/sh'}
true /*
# shuro's launcher (build.mjs writes it; source/start/snapshot.ts says what it checks).
# SHURO_SNAPSHOT=0: never a startup snapshot. SHURO_CACHE_DIR=: no cache, no snapshot.
set -f
${binEnv
	.map(
		(w) => `export ${w.replace('=', "='")}'
`,
	)
	.join('')}flags='${flags}'
log() { [ -z "\${SHURO_CACHE_LOG-}" ] || echo "$mode snapshot $1" >> "$SHURO_CACHE_LOG"; }
# A file's change time, to the nanosecond where stat says it (GNU, busybox; BSD: seconds).
changed() { stat -c %z "$1" 2> /dev/null || stat -f %c "$1" 2> /dev/null; }
if [ "\${SHURO_SNAPSHOT-}" != 0 ]; then
	# The cache directory, by code-cache.ts's rules (macOS: its own system folder exists).
	if [ "\${SHURO_CACHE_DIR+set}" = set ]; then dir=$SHURO_CACHE_DIR
	elif [ -n "\${HOME-}" ] && [ -d /System/Library/CoreServices ]; then dir=$HOME/Library/Caches/shuro
	elif [ -n "\${XDG_CACHE_HOME-}" ]; then dir=$XDG_CACHE_HOME/shuro
	elif [ -n "\${HOME-}" ]; then dir=$HOME/.cache/shuro
	else dir=; fi
	case $dir in ''|/*) ;; *) dir=$PWD/$dir;; esac
	# The mode, as bin.ts guesses it: a print snapshot holds no Ink, React or yoga. Reports
	# given with --data are loaded as without a snapshot (bench/RESULTS.md: a large load
	# from one peaked higher), so those runs neither use nor ask for one.
	mode=explorer
	[ -t 0 ] && [ -t 1 ] || mode=print
	for a in "$@"; do
		case $a in
			--json|--csv|--ndjson|--changes|--help|-h|--version|-v) [ -z "$mode" ] || mode=print;;
			--data|--data=*|-d|-d?*) mode=; dir=;;
		esac
	done
	[ -z "\${SHURO_SNAPSHOT_MAKE-}" ] || mode=$SHURO_SNAPSHOT_MAKE
	blob=$dir/${build}-$mode.snapshot
	if [ -n "\${SHURO_SNAPSHOT_MAKE-}" ]; then
		# The maker (started in the background by a run that found none that fits).
		case $mode in print|explorer) ;; *) exit 2;; esac
		[ -n "$dir" ] && mkdir -p "$dir" 2> /dev/null && [ -w "$dir" ] || { log "not made"; exit 1; }
		tmp=$blob.$$.tmp
		# The explorer's is made without node's code cache of its own modules: 3 MB less to
		# read and to keep in memory for the run's life, and it starts as fast (it compiles
		# none of node's modules after its start). A print run compiles node's stream modules
		# for a pipe, 8 ms without the cache, so the print snapshot keeps it (bench/RESULTS.md).
		# Node 20.12 and later take the choice in a JSON file naming the script; a path JSON
		# would need escaped in, or an older node, makes the snapshot as before.
		builder=$0
		case $builder in /*) ;; *) builder=$PWD/$builder;; esac
		case $mode/$builder in
			print/*|*[\\\\\\"]*|*[[:cntrl:]]*) config=;;
			*) config=$tmp.json; printf '{"builder":"%s","withoutCodeCache":true}\\n' "$builder" > "$config" || config=;;
		esac
		if { { [ -n "$config" ] && SHURO_SNAPSHOT_BUILD=$mode SHURO_SNAPSHOT_MAKE= node $flags --snapshot-blob "$tmp" --build-snapshot-config "$config" > /dev/null 2>&1; } ||
				SHURO_SNAPSHOT_BUILD=$mode SHURO_SNAPSHOT_MAKE= node $flags --snapshot-blob "$tmp" --build-snapshot "$0" > /dev/null 2>&1; } &&
			checked=$(SHURO_SNAPSHOT_CHECK=$tmp.stamp SHURO_SNAPSHOT_MAKE= node $flags --snapshot-blob "$tmp" "$0" 2> /dev/null) &&
			[ "$checked" = "shuro-snapshot-ok ${build}" ] &&
			{ read -r made_by; } < "$tmp.stamp" && touch -r "$made_by" "$tmp" "$tmp.stamp" &&
			# On the disk before the rename: a crash after it never leaves a named empty file.
			{ sync "$tmp" "$tmp.stamp" 2> /dev/null || :; } &&
			mv -f "$tmp" "$blob" &&
			# Its change time, which any write sets whatever the modification time says, ends
			# the stamp (taken after the rename, which may set it too).
			changed=$(changed "$blob") && [ -n "$changed" ] &&
			echo "$changed" >> "$tmp.stamp" && touch -r "$made_by" "$tmp.stamp" &&
			{ sync "$tmp.stamp" 2> /dev/null || :; } &&
			mv -f "$tmp.stamp" "$blob.stamp"
		then
			# Other builds' snapshots go (each build has its own name).
			set +f
			rm -f "$blob.failed" "$tmp.json"
			for old in "$dir"/*.snapshot "$dir"/*.snapshot.stamp "$dir"/*.snapshot.failed; do
				case $old in "$dir/${build}-"*) ;; *) rm -f "$old";; esac
			done
			log made
			exit 0
		fi
		# Runs of this build no longer ask (a rebuild, or removing the file, tries again).
		rm -f "$tmp" "$tmp.stamp" "$tmp.json"
		[ ! -d "$dir" ] || : > "$blob.failed"
		log "not made"
		exit 1
	fi
	if [ -n "$dir" ]; then
		node=
		IFS=:
		for d in $PATH; do
			if [ -f "\${d:-.}/node" ] && [ -x "\${d:-.}/node" ]; then node=\${d:-.}/node; break; fi
		done
		unset IFS
		found=none
		# Each start from a snapshot leaves a mark, "$blob.PID.try", that its JavaScript removes
		# first thing. A mark whose process is gone means node stopped before any JavaScript:
		# it aborts on a snapshot damaged where no check below sees (its checksum fails).
		# That snapshot goes, and this build asks for no other.
		set +f
		for try in "$blob".*.try; do
			[ -f "$try" ] || continue
			pid=\${try%.try}; pid=\${pid##*.}
			case $pid in ''|*[!0-9]*) continue;; esac
			! kill -0 "$pid" 2> /dev/null || continue
			rm -f "$try" "$blob" "$blob.stamp"
			: > "$blob.failed"
			log "crashed: not used again"
		done
		set -f
		if [ -n "$node" ] && [ -f "$blob" ] && [ -f "$blob.stamp" ] &&
			{ read -r made_by; read -r made_from; read -r made_with; read -r made_changed; } < "$blob.stamp"; then
			found=stale
			if [ "$node" -ef "$made_by" ] && [ "$0" -ef "$made_from" ] &&
				[ "\${NODE_OPTIONS-}" = "$made_with" ] &&
				! [ "$node" -nt "$blob.stamp" ] && ! [ "$node" -ot "$blob.stamp" ] &&
				! [ "$blob" -nt "$blob.stamp" ] && ! [ "$blob" -ot "$blob.stamp" ] &&
				[ "$(changed "$blob")" = "$made_changed" ]; then
				log fit
				! { : > "$blob.$$.try"; } 2> /dev/null || export SHURO_SNAPSHOT_TRY="$blob.$$.try"
				exec "$node" $flags --snapshot-blob "$blob" "$0" "$@"
			fi
		fi
		if [ -f "$blob.failed" ]; then
			log "$found (could not be made)"
		else
			log $found
			export SHURO_SNAPSHOT_NEEDED=$mode
		fi
	fi
fi
exec node $flags "$0" "$@"
exit 127
*/
`;
}

/**
 * What `npm start` runs once the bin is built (build.mjs --start): the bin as a user's
 * shell runs it. On Unix that is the launcher itself. On Windows it is node with the
 * bin's flags, as npm's Windows shims run it: the bin built there begins with
 * WINDOWS_SHEBANG, which they read, and cmd.exe runs no shell script.
 */
export function startCommand(bin, args, platform = process.platform) {
	if (platform !== 'win32') return {command: bin, args};
	return {command: process.execPath, args: [...binFlags, bin, ...args]};
}
